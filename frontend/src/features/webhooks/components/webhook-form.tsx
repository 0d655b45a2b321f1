import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormCheckboxField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { optional, useVersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { useSaveWebhook, type ChangeType, type Webhook, type WebhookInput, type WebhookWithSecret } from '../api/webhooks';

/** The change feed's kinds of record (the contract's ChangeType enum), in its order. */
export const CHANGE_TYPES: readonly ChangeType[] = [
  'ACTIVITY', 'ACTIVITY_ATTACHMENT', 'AGENDA_ITEM', 'BUREAU', 'CITY_REQUEST', 'COMMITTEE_MEETING', 'COMMITTEE_MEMBER',
  'COUNCIL_BODY', 'COUNCIL_MEETING', 'DEPARTMENT', 'DISTRICT', 'DISTRICT_STATISTICS', 'EVALUATION', 'FACILITY', 'GRANT_CASE',
  'INITIATIVE', 'LIAISON_ASSIGNMENT', 'MEMBERSHIP_FIGURE', 'MILESTONE', 'OFFICER', 'ORGANIZATION', 'ORGANIZATION_KIND', 'PLAN',
  'PLAN_NODE', 'PROGRESS_REPORT', 'PUBLISHED_REPORT', 'RATING_SCALE', 'REQUEST_RULE_SETTINGS', 'REVIEW_CYCLE',
  'REVIEW_ITEM', 'SECTION', 'SUPPORT_EVENT', 'SUPPORT_FILE', 'SUPPORT_PROGRAM', 'UPWARD_REPORT', 'VOICE', 'WARD',
];

export type WebhookValues = { url: string; description: string; active: boolean; eventTypes: ChangeType[] };

function valuesOf(w: Webhook | undefined): WebhookValues {
  return { url: w?.url ?? '', description: w?.description ?? '', active: w?.active ?? true, eventTypes: w?.eventTypes ?? [] };
}

/** https anywhere; http only to this machine — the server's rule, checked here so the message comes at once. */
export function acceptableUrl(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return u.hostname !== '';
  if (u.protocol !== 'http:') return false;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function webhookSchema(t: TFunction) {
  return z
    .object({
      url: z
        .string()
        .refine((v) => v.trim() !== '', t('form.requiredMissing'))
        .refine((v) => v.trim() === '' || acceptableUrl(v), t('webhook.urlRule')),
      description: z.string().max(500),
      active: z.boolean(),
      eventTypes: z.array(z.string()),
    })
    .transform(
      (v): WebhookInput => ({
        url: v.url.trim(),
        active: v.active,
        eventTypes: v.eventTypes as ChangeType[],
        ...(optional(v.description) ? { description: optional(v.description) } : {}),
      }),
    );
}

/** Registers a subscription (Idempotency-Key; the answer carries the secret, shown once) or edits one (If-Match). */
export function WebhookForm({
  webhook,
  onSaved,
  onCancel,
}: {
  webhook: Webhook | undefined;
  onSaved: (result: WebhookWithSecret | { webhook: Webhook }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveWebhook(webhook);
  const schema = useMemo(() => webhookSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: valuesOf(webhook),
    create: !webhook,
    etag: webhook ? `"${webhook.version}"` : undefined,
    submit: (body, { idempotencyKey }) => save.mutateAsync({ body, idempotencyKey: idempotencyKey ?? '' }),
    onSaved: (result) => onSaved(result),
    reload: async () => onCancel(),
    focusOnOpen: true,
  });
  const { field: types } = useController({ control: vf.form.control, name: 'eventTypes' });
  const chosen = new Set(types.value);
  const toggle = (type: ChangeType, on: boolean) =>
    types.onChange(CHANGE_TYPES.filter((c) => (c === type ? on : chosen.has(c))));

  return (
    <FormPanel form={vf} title={webhook ? t('webhook.edit') : t('webhook.new')}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormTextField form={vf} name="url" label={t('webhook.url')} required type="url" inputMode="url" autoComplete="off"
          hint={t('webhook.urlHint')} />
        <FormTextField form={vf} name="description" label={t('webhook.description')} autoComplete="off" />
      </div>
      <FormCheckboxField form={vf} name="active" label={t('webhook.activeLabel')} />
      <fieldset className="fieldset">
        <legend>{t('webhook.eventTypes')}</legend>
        <p className="field-hint">{t('webhook.eventTypesHint')}</p>
        <div className="webhook-types">
          {CHANGE_TYPES.map((c) => (
            <label key={c} className="field-checkbox">
              <input type="checkbox" checked={chosen.has(c)} onChange={(e) => toggle(c, e.target.checked)} /> <code>{c}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </FormPanel>
  );
}
