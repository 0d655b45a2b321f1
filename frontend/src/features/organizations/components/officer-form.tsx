import { useMemo, useRef } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { optional, useVersionedForm } from '@/lib/forms';
import { enumLabel, useT, type TFunction } from '@/lib/i18n';
import { OFFICER_ROLES, type Officer, type OfficerRole } from '../api/get-officers';
import { officerEtag, useCreateOfficer, useUpdateOfficer, type OfficerInput } from '../api/officer-mutations';

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

/** Name and start of term are required; a term does not end before it starts. */
function officerSchema(t: TFunction) {
  return z
    .object({
      role: z.custom<OfficerRole>(),
      personName: z.string().refine((v) => v.trim() !== '', t('form.requiredMissing')),
      personKana: z.string(),
      phone: z.string(),
      address: z.string(),
      termStart: z.string().min(1, t('form.requiredMissing')),
      termEnd: z.string(),
    })
    .refine((v) => !(v.termStart && v.termEnd && v.termEnd < v.termStart), {
      path: ['termEnd'],
      message: t('officer.termOrder'),
    });
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
  const base = useRef(officer);
  const schema = useMemo(() => officerSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: valuesOf(officer),
    create: !officer,
    etag: officer ? officerEtag(officer) : undefined,
    submit: (values, { etag, idempotencyKey }) => {
      const body = bodyOf(values);
      const id = base.current?.id;
      return id !== undefined
        ? update.mutateAsync({ id, etag: etag ?? '', body })
        : create.mutateAsync({ body, idempotencyKey: idempotencyKey ?? '' });
    },
    onSaved,
    reload: async () => {
      const fresh = await onReload?.();
      if (!fresh) return { gone: true };
      base.current = fresh;
      return { values: valuesOf(fresh), etag: officerEtag(fresh) };
    },
  });

  const title = officer ? t('officer.editTitle', { name: officer.personName ?? '' }) : t('officer.addTitle');

  return (
    <FormPanel form={vf} title={title}>
      <FormAlert form={vf} gone={t('officer.gone')} />
      <div className="form-grid">
        <FormSelectField form={vf} name="role" label={t('officer.role')} required>
          {OFFICER_ROLES.map((r) => (
            <option key={r} value={r}>
              {enumLabel(t, 'officer.role', r)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="personName" label={t('officer.name')} required autoComplete="off" />
        <FormTextField form={vf} name="personKana" label={t('officer.kana')} autoComplete="off" lang="ja" />
        <FormTextField form={vf} name="phone" label={t('officer.phone')} type="tel" autoComplete="off" inputMode="tel" />
      </div>
      <FormTextField form={vf} name="address" label={t('officer.address')} autoComplete="off" />
      <div className="form-grid">
        <FormTextField form={vf} name="termStart" label={t('officer.termStart')} type="date" required />
        <FormTextField form={vf} name="termEnd" label={t('officer.termEnd')} type="date" hint={t('officer.termEndHint')} />
      </div>
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </FormPanel>
  );
}
