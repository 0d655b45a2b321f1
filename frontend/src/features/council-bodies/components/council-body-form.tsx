import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormCheckboxField, FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { enumLabel, useI18n } from '@/lib/i18n';
import { BODY_KINDS, BODY_SIDES, QUORUM_RULES, useCouncils, useSaveCouncilBody, type CouncilBody } from '../api/council-bodies';
import { bodyInputOf, bodySchema, bodyValuesOf, type BodyValues } from '../utils/form-values';
import { bodyKindLabel, sideLabel } from '../utils/labels';
import './council-bodies.css';
import '../i18n';

type Form = VersionedForm<BodyValues>;

/**
 * 会議体の登録・設定の変更 (office): its names, code, kind, 地域側 or 市側, the council it belongs to, its 定足数 and
 * whether a 委任状 counts as attending, its place in lists and the other names the meeting-log import knows it by. A
 * new body goes with an Idempotency-Key, a change with the ETag it was read with.
 */
export function CouncilBodyForm({
  body,
  etag,
  onSaved,
  onCancel,
  onReload,
}: {
  body?: CouncilBody;
  etag?: string;
  onSaved: (saved: CouncilBody) => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const councils = useCouncils();
  const save = useSaveCouncilBody(body?.id);
  const schema = useMemo(() => bodySchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: bodyValuesOf(body),
    create: !body,
    etag,
    submit: (values, meta) => save.mutateAsync({ body: bodyInputOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    fieldOf: (field) => (field.startsWith('aliases') ? 'aliases' : undefined),
    reload: async () => onReload?.(),
  });
  const quorum = useWatch({ control: vf.form.control, name: 'quorum' });
  const title = body ? t('council.form.editTitle', { name: body.nameJa }) : t('council.form.newTitle');
  // the body's council stays a choice even when it is of another kind than those offered
  const choices = councils.data ?? [];
  const ownCouncil =
    body?.organizationId !== undefined && !choices.some((o) => o.id === body.organizationId)
      ? [{ id: body.organizationId, name: body.organizationName ?? t('council.organization') }]
      : [];
  return (
    <FormPanel form={vf} title={title} level={2}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormTextField form={vf} name="nameJa" label={t('council.form.nameJa')} required autoComplete="off" lang="ja" />
        <FormTextField form={vf} name="nameEn" label={t('council.form.nameEn')} required autoComplete="off" lang="en" />
        <FormTextField form={vf} name="code" label={t('council.form.code')} hint={t('council.form.codeHint')} required autoComplete="off" />
        <FormSelectField form={vf} name="kind" label={t('council.kindLabel')} required>
          <option value="">{t('council.form.choose')}</option>
          {BODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {bodyKindLabel(t, k)}
            </option>
          ))}
        </FormSelectField>
      </div>
      <ChoiceGroup legend={t('council.side')} required>
        {BODY_SIDES.map((s) => (
          <label key={s} className="radio-inline">
            <input type="radio" value={s} {...vf.form.register('side')} /> {sideLabel(t, s)}
          </label>
        ))}
      </ChoiceGroup>
      <div className="form-grid">
        <FormSelectField form={vf} name="organizationId" label={t('council.organization')} hint={t('council.form.organizationHint')}>
          <option value="">{t('council.form.noOrganization')}</option>
          {[...ownCouncil, ...choices].map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField form={vf} name="quorum" label={t('council.quorum')} hint={t('council.form.quorumHint')}>
          {QUORUM_RULES.map((q) => (
            <option key={q} value={q}>
              {enumLabel(t, 'council.quorum', q)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField
          form={vf}
          name="sortOrder"
          label={t('council.form.sortOrder')}
          hint={t('council.form.sortOrderHint')}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>
      {quorum !== 'NONE' ? <FormCheckboxField form={vf} name="proxiesCount" label={t('council.form.proxiesCount')} /> : null}
      <FormTextAreaField form={vf} name="aliases" label={t('council.form.aliases')} hint={t('council.form.aliasesHint')} rows={2} />
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </FormPanel>
  );
}
