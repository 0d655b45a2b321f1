import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { optional, useVersionedForm } from '@/lib/forms';
import { pickLabel, useI18n } from '@/lib/i18n';
import { useCreateOrganization } from '../api/create-organization';
import type { Organization } from '../api/get-organization';
import { useOrganizationKinds, type OrganizationKind } from '@/lib/reference-data/organization-kinds';
import type { OrganizationInput } from '../api/update-organization';
import {
  contactOf,
  OrganizationFields,
  organizationFieldsSchema,
  valuesOf,
  type OrganizationValues,
} from './organization-form';

type CreateValues = OrganizationValues & { kind: string; subKind: string; parentId: string };

/** An organization of the district that the new one may be placed under. */
export type ParentOption = { id: number; name: string; kindLabel: string; depth: number };

const DEFAULT_KIND = 'NEIGHBORHOOD_ASSOCIATION';
const COUNCIL_KIND = 'DISTRICT_COUNCIL';

/**
 * 団体を追加: registers an organization in a district. The kinds offered are those that belong to
 * a district (a second 自治協議会 is not offered where there is one); the parent is chosen from the
 * district's organizations. The code is assigned by the server.
 */
export function CreateOrganizationForm({
  districtId,
  districtName,
  parents,
  defaultParentId,
  hasCouncil,
  onCreated,
  onCancel,
}: {
  districtId: number;
  districtName: string;
  parents: ParentOption[];
  defaultParentId?: number;
  hasCouncil: boolean;
  onCreated: (created: Organization) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const kinds = useOrganizationKinds();
  const create = useCreateOrganization();
  const title = t('org.addTitle', { district: districtName });
  const schema = useMemo(
    () =>
      organizationFieldsSchema(t).extend({ kind: z.string(), subKind: z.string(), parentId: z.string() }),
    [t],
  );
  const offered = (kinds.data ?? []).filter(
    (k): k is OrganizationKind & { code: string } =>
      !!k.code && k.districtScoped !== false && !(hasCouncil && k.code === COUNCIL_KIND),
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      ...valuesOf(undefined),
      kind: DEFAULT_KIND,
      subKind: '',
      parentId: defaultParentId === undefined ? '' : String(defaultParentId),
    } satisfies CreateValues,
    create: true,
    submit: (values, { idempotencyKey }) => create.mutateAsync({ body: bodyOf(values), idempotencyKey: idempotencyKey ?? '' }),
    onSaved: onCreated,
  });
  const kind = useWatch({ control: vf.form.control, name: 'kind' });
  const chosenKind = offered.find((k) => k.code === kind) ?? offered[0];
  const subKinds = chosenKind?.subKinds ?? [];

  if (kinds.isPending) return <Loading />;
  if (kinds.isError) return <QueryError error={kinds.error} onRetry={() => void kinds.refetch()} />;

  function bodyOf(values: CreateValues): OrganizationInput {
    return {
      kind: chosenKind?.code ?? values.kind,
      subKind: subKinds.length > 0 ? optional(values.subKind) : undefined,
      name: values.name.trim(),
      kana: values.kana.trim(),
      districtId,
      parentId: values.parentId ? Number(values.parentId) : undefined,
      foundedOn: optional(values.foundedOn),
      legalEntity: values.legalEntity,
      legalEntitySince: values.legalEntity ? optional(values.legalEntitySince) : undefined,
      publishesAssemblyDocuments: values.publishesAssemblyDocuments,
      publishesAccounts: values.publishesAccounts,
      contact: contactOf(values),
    };
  }

  return (
    <FormPanel form={vf} title={title}>
      <p className="muted">{t('org.codeGenerated')}</p>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="kind"
          label={t('org.kind')}
          required
          onChange={() => vf.form.setValue('subKind', '')}
        >
          {offered.map((k) => (
            <option key={k.code} value={k.code}>
              {pickLabel(lang, k)}
            </option>
          ))}
        </FormSelectField>
        {subKinds.length > 0 ? (
          <FormSelectField form={vf} name="subKind" label={t('org.subKind')}>
            <option value="">{t('org.subKindNone')}</option>
            {subKinds.map((s) => (
              <option key={s.code} value={s.code}>
                {pickLabel(lang, s)}
              </option>
            ))}
          </FormSelectField>
        ) : null}
      </div>
      <FormSelectField form={vf} name="parentId" label={t('org.parent')} hint={t('org.parentHint')}>
        <option value="">{t('org.parentNone')}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {`${'\u3000'.repeat(p.depth)}${p.name}（${p.kindLabel}）`}
          </option>
        ))}
      </FormSelectField>
      <OrganizationFields form={vf} />
      <FormActions saving={vf.saving} label={t('org.create')} savingLabel={t('org.creating')} onCancel={onCancel} />
    </FormPanel>
  );
}
