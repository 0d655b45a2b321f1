import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { mergeErrors, optional, useFocusFirstInvalid } from '@/lib/form';
import { pickLabel, useI18n } from '@/lib/i18n';
import { newKey } from '@/utils/id';
import { useCreateOrganization } from '../api/create-organization';
import type { Organization } from '../api/get-organization';
import { useOrganizationKinds, type OrganizationKind } from '@/lib/reference-data/organization-kinds';
import type { OrganizationInput } from '../api/update-organization';
import {
  contactOf,
  OrganizationFields,
  requiredErrors,
  valuesOf,
  type OrganizationValues,
} from './organization-form';

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
  const [kind, setKind] = useState(DEFAULT_KIND);
  const [subKind, setSubKind] = useState('');
  const [parentId, setParentId] = useState(defaultParentId === undefined ? '' : String(defaultParentId));
  const [values, setValues] = useState<OrganizationValues>(() => valuesOf(undefined));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const form = useFocusFirstInvalid(attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t('org.addTitle', { district: districtName });

  useEffect(() => heading.current?.focus(), []);

  if (kinds.isPending) return <Loading />;
  if (kinds.isError) return <QueryError error={kinds.error} onRetry={() => void kinds.refetch()} />;

  const offered = kinds.data.filter(
    (k): k is OrganizationKind & { code: string } =>
      !!k.code && k.districtScoped !== false && !(hasCouncil && k.code === COUNCIL_KIND),
  );
  const chosenKind = offered.find((k) => k.code === kind) ?? offered[0];
  const subKinds = chosenKind?.subKinds ?? [];
  const errors = mergeErrors(clientErrors, fieldErrorsOf(create.error));
  const set = <K extends keyof OrganizationValues>(key: K, value: OrganizationValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  // A new body is a new request: a changed form must not be answered with the first one's result.
  const edited = () => setIdempotencyKey(newKey());

  const body = (): OrganizationInput => ({
    kind: chosenKind?.code ?? kind,
    subKind: subKinds.length > 0 ? optional(subKind) : undefined,
    name: values.name.trim(),
    kana: values.kana.trim(),
    districtId,
    parentId: parentId ? Number(parentId) : undefined,
    foundedOn: optional(values.foundedOn),
    legalEntity: values.legalEntity,
    legalEntitySince: values.legalEntity ? optional(values.legalEntitySince) : undefined,
    publishesAssemblyDocuments: values.publishesAssemblyDocuments,
    publishesAccounts: values.publishesAccounts,
    contact: contactOf(values),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = requiredErrors(values, t);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    create.mutate(
      { body: body(), idempotencyKey },
      { onSuccess: onCreated, onError: () => setAttempt((a) => a + 1) },
    );
  };

  return (
    <form
      ref={form}
      className="form form-panel"
      onSubmit={submit}
      onChange={edited}
      noValidate
      aria-label={title}
    >
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="muted">{t('org.codeGenerated')}</p>
      {create.error ? <Alert tone="error">{problemMessage(create.error, t)}</Alert> : null}
      <div className="form-grid">
        <SelectField
          label={t('org.kind')}
          name="kind"
          required
          value={chosenKind?.code ?? ''}
          error={errors.kind}
          onChange={(e) => {
            setKind(e.target.value);
            setSubKind('');
          }}
        >
          {offered.map((k) => (
            <option key={k.code} value={k.code}>
              {pickLabel(lang, k)}
            </option>
          ))}
        </SelectField>
        {subKinds.length > 0 ? (
          <SelectField
            label={t('org.subKind')}
            name="subKind"
            value={subKind}
            error={errors.subKind}
            onChange={(e) => setSubKind(e.target.value)}
          >
            <option value="">{t('org.subKindNone')}</option>
            {subKinds.map((s) => (
              <option key={s.code} value={s.code}>
                {pickLabel(lang, s)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <SelectField
        label={t('org.parent')}
        name="parentId"
        hint={t('org.parentHint')}
        value={parentId}
        error={errors.parentId}
        onChange={(e) => setParentId(e.target.value)}
      >
        <option value="">{t('org.parentNone')}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {`${'\u3000'.repeat(p.depth)}${p.name}（${p.kindLabel}）`}
          </option>
        ))}
      </SelectField>
      <OrganizationFields values={values} errors={errors} set={set} />
      <div className="form-actions">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('org.creating') : t('org.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
