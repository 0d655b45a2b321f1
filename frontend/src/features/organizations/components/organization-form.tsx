import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, TextField } from '@/components/ui/field';
import { StaleAlert } from '@/components/ui/stale-alert';
import type { Versioned } from '@/lib/api-client';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { mergeErrors, optional, useFocusFirstInvalid } from '@/lib/form';
import { useT, type TFunction } from '@/lib/i18n';
import type { Organization } from '../api/get-organization';
import { useUpdateOrganization, type OrganizationInput } from '../api/update-organization';

/** Form values keyed by the field's path in the request, which is how the server names errors. */
export type OrganizationValues = {
  name: string;
  kana: string;
  foundedOn: string;
  legalEntity: boolean;
  legalEntitySince: string;
  publishesAssemblyDocuments: boolean;
  publishesAccounts: boolean;
  'contact.name': string;
  'contact.phone': string;
  'contact.address': string;
  'contact.email': string;
};
type Values = OrganizationValues;
type TextKey = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

export function valuesOf(o: Organization | undefined): Values {
  return {
    name: o?.name ?? '',
    kana: o?.kana ?? '',
    foundedOn: o?.foundedOn ?? '',
    legalEntity: o?.legalEntity ?? false,
    legalEntitySince: o?.legalEntitySince ?? '',
    publishesAssemblyDocuments: o?.publishesAssemblyDocuments ?? false,
    publishesAccounts: o?.publishesAccounts ?? false,
    'contact.name': o?.contact?.name ?? '',
    'contact.phone': o?.contact?.phone ?? '',
    'contact.address': o?.contact?.address ?? '',
    'contact.email': o?.contact?.email ?? '',
  };
}

/** The contact as sent: absent fields stay absent; undefined when nothing is filled in. */
export function contactOf(v: Values): OrganizationInput['contact'] {
  const contact = {
    name: optional(v['contact.name']),
    phone: optional(v['contact.phone']),
    address: optional(v['contact.address']),
    email: optional(v['contact.email']),
  };
  return Object.values(contact).some((x) => x !== undefined) ? contact : undefined;
}

/** Name and reading are required; the server checks the rest (kana pattern, dates, e-mail). */
export function requiredErrors(v: Values, t: TFunction): Record<string, string> {
  const found: Record<string, string> = {};
  if (!v.name.trim()) found.name = t('form.requiredMissing');
  if (!v.kana.trim()) found.kana = t('form.requiredMissing');
  return found;
}

/**
 * The fields an organization has whatever its kind: name, reading, founding, authorization,
 * what it publishes and its contact. Shared by the edit and the create form.
 */
export function OrganizationFields({
  values,
  errors,
  set,
}: {
  values: Values;
  errors: Record<string, string>;
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
}) {
  const t = useT();
  const text = (
    key: TextKey,
    label: string,
    extra: { required?: boolean; type?: string; autoComplete?: string; hint?: string; lang?: string } = {},
  ) => (
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
    <>
      <div className="form-grid">
        {text('name', t('org.name'), { required: true, autoComplete: 'off' })}
        {text('kana', t('org.kana'), { required: true, autoComplete: 'off', hint: t('org.kanaHint'), lang: 'ja' })}
        {text('foundedOn', t('org.foundedOn'), { type: 'date' })}
      </div>
      <CheckboxField
        label={t('org.legalEntity')}
        name="legalEntity"
        checked={values.legalEntity}
        error={errors.legalEntity}
        onChange={(e) => set('legalEntity', e.target.checked)}
      />
      {values.legalEntity ? text('legalEntitySince', t('org.legalEntitySince'), { type: 'date' }) : null}
      <fieldset className="fieldset">
        <legend>{t('org.transparency')}</legend>
        <CheckboxField
          label={t('org.publishesAssemblyDocuments')}
          name="publishesAssemblyDocuments"
          checked={values.publishesAssemblyDocuments}
          error={errors.publishesAssemblyDocuments}
          onChange={(e) => set('publishesAssemblyDocuments', e.target.checked)}
        />
        <CheckboxField
          label={t('org.publishesAccounts')}
          name="publishesAccounts"
          checked={values.publishesAccounts}
          error={errors.publishesAccounts}
          onChange={(e) => set('publishesAccounts', e.target.checked)}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('org.contact')}</legend>
        <div className="form-grid">
          {text('contact.name', t('org.contactName'), { autoComplete: 'off' })}
          {text('contact.phone', t('org.contactPhone'), { type: 'tel', autoComplete: 'off' })}
          {text('contact.address', t('org.contactAddress'), { autoComplete: 'off' })}
          {text('contact.email', t('org.contactEmail'), { type: 'email', autoComplete: 'off' })}
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
    kind: o.kind ?? '',
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
  const update = useUpdateOrganization(current.data.id ?? 0);
  const [base, setBase] = useState<Versioned<Organization>>(current);
  const [values, setValues] = useState<Values>(() => valuesOf(current.data));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const form = useFocusFirstInvalid(attempt);

  const stale = update.error instanceof ApiError && update.error.isStale;
  const errors = mergeErrors(clientErrors, fieldErrorsOf(update.error));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = requiredErrors(values, t);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    update.mutate(
      { etag: base.etag, body: bodyOf(base.data, values) },
      { onSuccess: onSaved, onError: () => setAttempt((a) => a + 1) },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        setBase(fresh);
        setValues(valuesOf(fresh.data));
      }
      setClientErrors({});
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-label={t('org.editTitle')}>
      {stale ? (
        <StaleAlert onReload={() => void reload()} reloading={reloading} />
      ) : update.error ? (
        <Alert tone="error">{problemMessage(update.error, t)}</Alert>
      ) : null}
      <OrganizationFields values={values} errors={errors} set={set} />
      <div className="form-actions">
        <Button type="submit" disabled={update.isPending || stale}>
          {update.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
