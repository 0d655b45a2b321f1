import { useMemo, useState } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormCheckboxField, FormTextField } from '@/components/form/form-fields';
import { Alert } from '@/components/ui/alert';
import { QueryState } from '@/components/ui/query-state';
import type { Versioned } from '@/lib/api-client';
import { useVersionedForm } from '@/lib/forms';
import { useT, type TFunction } from '@/lib/i18n';
import { useMySettings, useSaveMySettings, type MySettings, type MySettingsInput } from '../api/my-settings';

type Values = { email: string; digest: boolean };

/** The longest address the server keeps. */
export const EMAIL_MAX = 200;
/** What the server accepts: one @, a domain with a dot, no spaces (the server stays the authority). */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function schema(t: TFunction) {
  return z
    .object({
      email: z
        .string()
        .transform((v) => v.trim())
        .refine((v) => v.length <= EMAIL_MAX, t('settings.emailTooLong', { max: EMAIL_MAX }))
        .refine((v) => v === '' || EMAIL.test(v), t('settings.emailInvalid')),
      digest: z.boolean(),
    })
    .transform((v): MySettingsInput => (v.email ? { email: v.email, digest: v.digest } : { digest: v.digest }));
}

function valuesOf(s: MySettings): Values {
  return { email: s.email ?? '', digest: s.digest };
}

/**
 * 個人設定: the e-mail address the daily digest of unread notifications goes to, and whether to receive it. Saved
 * with If-Match; the server's refusal of an address shows on the field. After a save the form starts again from
 * what was saved (mounted afresh with its version by the page) and the page says so.
 */
export function MySettingsForm({
  settings,
  onSaved,
  onEdit,
  onReload,
}: {
  settings: Versioned<MySettings>;
  onSaved: () => void;
  /** The user changed something after a save: the message goes. */
  onEdit: () => void;
  onReload: () => Promise<unknown>;
}) {
  const t = useT();
  const save = useSaveMySettings();
  const rules = useMemo(() => schema(t), [t]);
  const vf = useVersionedForm({
    schema: rules,
    defaultValues: valuesOf(settings.data),
    etag: settings.etag,
    submit: (body, { etag }) => save.mutateAsync({ body, etag }),
    onSaved,
    reload: async () => {
      await onReload();
    },
  });

  return (
    <form {...vf.formProps} className="form" aria-label={t('settings.digestHeading')}>
      <FormAlert form={vf} />
      <FormTextField
        form={vf}
        name="email"
        label={t('settings.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        hint={t('settings.emailHint')}
        onChange={onEdit}
      />
      <FormCheckboxField
        form={vf}
        name="digest"
        label={t('settings.digest')}
        hint={t('settings.digestHint')}
        onChange={onEdit}
      />
      <FormActions saving={vf.saving} disabled={vf.stale} />
    </form>
  );
}

/** The settings page's content: what the digest is, whether this server sends it, and the form. */
export function MySettingsPanel() {
  const t = useT();
  const settings = useMySettings();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="settings-digest">
      <h2 id="settings-digest">{t('settings.digestHeading')}</h2>
      <p>{t('settings.digestExplain')}</p>
      <QueryState query={settings}>
        {(s) => (
          <>
            {s.data.digestAvailable ? null : <Alert tone="info">{t('settings.digestOff')}</Alert>}
            {saved ? <Alert tone="success">{t('settings.saved')}</Alert> : null}
            <MySettingsForm
              key={s.etag}
              settings={s}
              onSaved={() => setSaved(true)}
              onEdit={() => setSaved(false)}
              onReload={() => settings.refetch()}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
