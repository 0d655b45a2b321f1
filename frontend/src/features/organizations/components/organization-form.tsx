import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormCheckboxField, FormTextField, type FieldHost } from '@/components/form/form-fields';
import type { Versioned } from '@/lib/api-client';
import { optional, useVersionedForm } from '@/lib/forms';
import { useT, type TFunction } from '@/lib/i18n';
import type { Organization } from '../api/get-organization';
import { useUpdateOrganization, type OrganizationInput } from '../api/update-organization';

/** Form values, shaped as the request body is, so the server's `contact.email` names the field too. */
export type OrganizationValues = {
  name: string;
  kana: string;
  foundedOn: string;
  legalEntity: boolean;
  legalEntitySince: string;
  publishesAssemblyDocuments: boolean;
  publishesAccounts: boolean;
  contact: { name: string; phone: string; address: string; email: string };
};
type Values = OrganizationValues;

export function valuesOf(o: Organization | undefined): Values {
  return {
    name: o?.name ?? '',
    kana: o?.kana ?? '',
    foundedOn: o?.foundedOn ?? '',
    legalEntity: o?.legalEntity ?? false,
    legalEntitySince: o?.legalEntitySince ?? '',
    publishesAssemblyDocuments: o?.publishesAssemblyDocuments ?? false,
    publishesAccounts: o?.publishesAccounts ?? false,
    contact: {
      name: o?.contact?.name ?? '',
      phone: o?.contact?.phone ?? '',
      address: o?.contact?.address ?? '',
      email: o?.contact?.email ?? '',
    },
  };
}

/** The contact as sent: absent fields stay absent; undefined when nothing is filled in. */
export function contactOf(v: Values): OrganizationInput['contact'] {
  const contact = {
    name: optional(v.contact.name),
    phone: optional(v.contact.phone),
    address: optional(v.contact.address),
    email: optional(v.contact.email),
  };
  return Object.values(contact).some((x) => x !== undefined) ? contact : undefined;
}

/** Name and reading are required; the server checks the rest (kana pattern, dates, e-mail). */
export function organizationFieldsSchema(t: TFunction) {
  const required = z.string().refine((v) => v.trim() !== '', t('form.requiredMissing'));
  return z.object({
    name: required,
    kana: required,
    foundedOn: z.string(),
    legalEntity: z.boolean(),
    legalEntitySince: z.string(),
    publishesAssemblyDocuments: z.boolean(),
    publishesAccounts: z.boolean(),
    contact: z.object({ name: z.string(), phone: z.string(), address: z.string(), email: z.string() }),
  });
}

/**
 * The fields an organization has whatever its kind: name, reading, founding, authorization,
 * what it publishes and its contact. Shared by the edit and the create form.
 */
export function OrganizationFields<T extends Values>({ form }: { form: FieldHost<T> }) {
  const t = useT();
  // The fields below are those of Values, which T extends.
  const f = form as unknown as FieldHost<Values>;
  const legalEntity = useWatch({ control: f.form.control, name: 'legalEntity' });
  return (
    <>
      <div className="form-grid">
        <FormTextField form={f} name="name" label={t('org.name')} required autoComplete="off" />
        <FormTextField
          form={f}
          name="kana"
          label={t('org.kana')}
          required
          autoComplete="off"
          hint={t('org.kanaHint')}
          lang="ja"
        />
        <FormTextField form={f} name="foundedOn" label={t('org.foundedOn')} type="date" />
      </div>
      <FormCheckboxField form={f} name="legalEntity" label={t('org.legalEntity')} />
      {legalEntity ? (
        <FormTextField form={f} name="legalEntitySince" label={t('org.legalEntitySince')} type="date" />
      ) : null}
      <fieldset className="fieldset">
        <legend>{t('org.transparency')}</legend>
        <FormCheckboxField form={f} name="publishesAssemblyDocuments" label={t('org.publishesAssemblyDocuments')} />
        <FormCheckboxField form={f} name="publishesAccounts" label={t('org.publishesAccounts')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('org.contact')}</legend>
        <div className="form-grid">
          <FormTextField form={f} name="contact.name" label={t('org.contactName')} autoComplete="off" />
          <FormTextField form={f} name="contact.phone" label={t('org.contactPhone')} type="tel" autoComplete="off" />
          <FormTextField form={f} name="contact.address" label={t('org.contactAddress')} autoComplete="off" />
          <FormTextField form={f} name="contact.email" label={t('org.contactEmail')} type="email" autoComplete="off" />
        </div>
      </fieldset>
    </>
  );
}

/**
 * PUT replaces the whole record: what the form does not edit (code, kind, district, parent) is
 * sent back as it was read. The contact is sent only by those who were shown it.
 */
export function bodyOf(o: Organization, v: Values): OrganizationInput {
  const contact = contactOf(v);
  return {
    code: o.code,
    kind: o.kind,
    subKind: o.subKind,
    name: v.name.trim(),
    kana: v.kana.trim(),
    districtId: o.districtId,
    wardId: o.wardId,
    parentId: o.parentId,
    foundedOn: optional(v.foundedOn),
    legalEntity: v.legalEntity,
    legalEntitySince: v.legalEntity ? optional(v.legalEntitySince) : undefined,
    publishesAssemblyDocuments: v.publishesAssemblyDocuments,
    publishesAccounts: v.publishesAccounts,
    contact: o.contact || contact ? (contact ?? {}) : undefined,
  };
}

/**
 * Edits an organization. The ETag is the one the form was filled from, not whatever the cache
 * holds at submit time: that is what lets the server tell us someone else saved in between.
 */
export function OrganizationForm({
  current,
  onSaved,
  onCancel,
  onReload,
}: {
  current: Versioned<Organization>;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => Promise<Versioned<Organization> | undefined>;
}) {
  const t = useT();
  const update = useUpdateOrganization(current.data.id);
  const schema = useMemo(() => organizationFieldsSchema(t), [t]);
  // What the form does not edit is sent back as it was in the representation the values came from.
  const base = useRef(current.data);
  const vf = useVersionedForm({
    schema,
    defaultValues: valuesOf(current.data),
    etag: current.etag,
    focusOnOpen: true,
    submit: (values, { etag }) => update.mutateAsync({ etag: etag ?? '', body: bodyOf(base.current, values) }),
    onSaved,
    reload: async () => {
      const fresh = await onReload();
      if (!fresh) return;
      base.current = fresh.data;
      return { values: valuesOf(fresh.data), etag: fresh.etag };
    },
  });

  return (
    <form {...vf.formProps} className="form" aria-label={t('org.editTitle')}>
      <FormAlert form={vf} />
      <OrganizationFields form={vf} />
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </form>
  );
}
