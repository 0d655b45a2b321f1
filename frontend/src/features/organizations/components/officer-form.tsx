import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { StaleAlert } from '@/components/ui/stale-alert';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { mergeErrors, optional, useFocusFirstInvalid } from '@/lib/form';
import { enumLabel, useT } from '@/lib/i18n';
import { newKey } from '@/utils/id';
import { OFFICER_ROLES, type Officer, type OfficerRole } from '../api/get-officers';
import {
  officerEtag,
  useCreateOfficer,
  useUpdateOfficer,
  type OfficerInput,
} from '../api/officer-mutations';

/** Form values keyed by the field's path in the request, which is how the server names errors. */
type Values = {
  role: OfficerRole;
  personName: string;
  personKana: string;
  phone: string;
  address: string;
  termStart: string;
  termEnd: string;
};
type TextKey = Exclude<keyof Values, 'role'>;

function valuesOf(o: Officer | undefined): Values {
  return {
    role: o?.role ?? 'CHAIR',
    personName: o?.personName ?? '',
    personKana: o?.personKana ?? '',
    phone: o?.phone ?? '',
    address: o?.address ?? '',
    termStart: o?.termStart ?? '',
    termEnd: o?.termEnd ?? '',
  };
}

export function bodyOf(v: Values): OfficerInput {
  return {
    role: v.role,
    personName: v.personName.trim(),
    personKana: optional(v.personKana),
    phone: optional(v.phone),
    address: optional(v.address),
    termStart: v.termStart,
    termEnd: optional(v.termEnd),
  };
}

/**
 * Adds an officer (no `officer`) or edits one. Editing sends the ETag of the officer as it was
 * when the form opened; creating sends an Idempotency-Key kept for the life of the form, so a
 * submit repeated after a lost answer does not register the person twice.
 */
export function OfficerForm({
  organizationId,
  officer,
  onSaved,
  onCancel,
  onReload,
}: {
  organizationId: number;
  officer?: Officer;
  onSaved: (saved: Officer) => void;
  onCancel: () => void;
  /** The officer as it is now (after a 412), or undefined if it is gone. */
  onReload?: () => Promise<Officer | undefined>;
}) {
  const t = useT();
  const create = useCreateOfficer(organizationId);
  const update = useUpdateOfficer(organizationId);
  const mutation = officer ? update : create;
  const [base, setBase] = useState<Officer | undefined>(officer);
  const [values, setValues] = useState<Values>(() => valuesOf(officer));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [gone, setGone] = useState(false);
  const [idempotencyKey] = useState(newKey);
  const form = useFocusFirstInvalid(attempt);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const stale = mutation.error instanceof ApiError && mutation.error.isStale;
  const errors = mergeErrors(clientErrors, fieldErrorsOf(mutation.error));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const title = officer ? t('officer.editTitle', { name: officer.personName ?? '' }) : t('officer.addTitle');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!values.personName.trim()) found.personName = t('form.requiredMissing');
    if (!values.termStart) found.termStart = t('form.requiredMissing');
    if (values.termStart && values.termEnd && values.termEnd < values.termStart) found.termEnd = t('officer.termOrder');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const body = bodyOf(values);
    const handlers = { onSuccess: onSaved, onError: () => setAttempt((a) => a + 1) };
    if (base?.id !== undefined) update.mutate({ id: base.id, etag: officerEtag(base), body }, handlers);
    else create.mutate({ body, idempotencyKey }, handlers);
  };

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) {
        setGone(true);
        return;
      }
      setBase(fresh);
      setValues(valuesOf(fresh));
      setClientErrors({});
      mutation.reset();
    } finally {
      setReloading(false);
    }
  };

  const text = (key: TextKey, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      name={key}
      value={values[key]}
      error={errors[key]}
      onChange={(e) => set(key, e.target.value)}
      {...extra}
    />
  );

  return (
    <form ref={form} className="form form-panel" onSubmit={submit} noValidate aria-label={title}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {gone ? (
        <Alert tone="warning">{t('officer.gone')}</Alert>
      ) : stale ? (
        <StaleAlert onReload={() => void reload()} reloading={reloading} />
      ) : mutation.error ? (
        <Alert tone="error">{problemMessage(mutation.error, t)}</Alert>
      ) : null}
      <div className="form-grid">
        <SelectField
          label={t('officer.role')}
          name="role"
          required
          value={values.role}
          error={errors.role}
          onChange={(e) => set('role', e.target.value as OfficerRole)}
        >
          {OFFICER_ROLES.map((r) => (
            <option key={r} value={r}>
              {enumLabel(t, 'officer.role', r)}
            </option>
          ))}
        </SelectField>
        {text('personName', t('officer.name'), { required: true, autoComplete: 'off' })}
        {text('personKana', t('officer.kana'), { autoComplete: 'off', lang: 'ja' })}
        {text('phone', t('officer.phone'), { type: 'tel', autoComplete: 'off', inputMode: 'tel' })}
      </div>
      {text('address', t('officer.address'), { autoComplete: 'off' })}
      <div className="form-grid">
        {text('termStart', t('officer.termStart'), { type: 'date', required: true })}
        {text('termEnd', t('officer.termEnd'), { type: 'date', hint: t('officer.termEndHint') })}
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending || stale || gone}>
          {mutation.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
