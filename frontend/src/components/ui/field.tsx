import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useT } from '@/lib/i18n';

type Common = { label: ReactNode; hint?: ReactNode; error?: string | undefined; required?: boolean };

/**
 * Label, hint and error wired to the control: the error sits next to the field it concerns,
 * is announced with it (aria-describedby) and marks it invalid.
 */
function useFieldIds(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  const t = useT();
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      {required ? <span className="field-required">{t('form.required')}</span> : null}
    </label>
  );
}

function Messages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The attributes that tie a control to its label, hint and error. */
type ControlProps = { id: string; required?: boolean; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** The wrapper of a labelled field: label (with 必須), hint and error above the control `children` renders. */
function Field({
  label,
  hint,
  error,
  required,
  className,
  id: given,
  children,
}: Common & { className?: string; id?: string; children: (control: ControlProps) => ReactNode }) {
  const { id, hintId, errorId, describedBy } = useFieldIds(error, hint);
  const controlId = given ?? id;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <Label htmlFor={controlId} label={label} required={required} />
      <Messages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children({
        id: controlId,
        required,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  required,
  className,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className} id={input.id}>
      {(control) => <input {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({ label, hint, error, required, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => <textarea {...area} {...control} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  required,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  ...input
}: Omit<Common, 'required'> & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(error, hint);
  return (
    <div className={['field field-checkbox', error ? 'field-invalid' : ''].join(' ').trim()}>
      <input
        {...input}
        type="checkbox"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <label htmlFor={id}>{label}</label>
      <Messages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
