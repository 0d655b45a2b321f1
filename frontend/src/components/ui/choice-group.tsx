import { useId, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';

/**
 * A group of radio buttons or checkboxes under a legend (with 必須 when `required`): the error sits under the
 * legend, described by the group and marking it invalid; `hint` follows the choices.
 */
export function ChoiceGroup({
  legend,
  required = false,
  error,
  hint,
  children,
}: {
  legend: ReactNode;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const errorId = `${useId()}-error`;
  return (
    <fieldset
      className={['fieldset', error ? 'field-invalid' : ''].join(' ').trim()}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        {legend}
        {required ? (
          <>
            {' '}
            <span className="field-required">{t('form.required')}</span>
          </>
        ) : null}
      </legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {children}
      {hint ? <p className="field-hint">{hint}</p> : null}
    </fieldset>
  );
}
