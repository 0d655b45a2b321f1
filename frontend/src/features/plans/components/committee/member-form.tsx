import { useMemo } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { optional, useVersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { etagOfRecord, useSaveCommitteeMember } from '../../api/committee';
import type { CommitteeMember, CommitteeMemberInput } from '../../api/types';

type MemberValues = Record<keyof CommitteeMemberInput, string>;

function memberValuesOf(m: CommitteeMember | undefined): MemberValues {
  return {
    name: m?.name ?? '',
    kana: m?.kana ?? '',
    affiliation: m?.affiliation ?? '',
    roleTitle: m?.roleTitle ?? '',
    termFrom: m?.termFrom ?? '',
    termTo: m?.termTo ?? '',
    email: m?.email ?? '',
    phone: m?.phone ?? '',
  };
}

/** Name, affiliation and start of term are required; a term does not end before it starts. */
function memberSchema(t: TFunction) {
  const required = z.string().refine((v) => v.trim() !== '', t('form.requiredMissing'));
  return z
    .object({
      name: required,
      kana: z.string(),
      affiliation: required,
      roleTitle: z.string(),
      termFrom: z.string().min(1, t('form.requiredMissing')),
      termTo: z.string(),
      email: z.string(),
      phone: z.string(),
    })
    .refine((v) => !(v.termFrom && v.termTo && v.termTo < v.termFrom), {
      path: ['termTo'],
      message: t('officer.termOrder'),
    })
    .transform(
      (v): CommitteeMemberInput => ({
        name: v.name.trim(),
        kana: optional(v.kana),
        affiliation: v.affiliation.trim(),
        roleTitle: optional(v.roleTitle),
        termFrom: v.termFrom,
        termTo: optional(v.termTo),
        email: optional(v.email),
        phone: optional(v.phone),
      }),
    );
}

/** Adds a member (Idempotency-Key) or edits one (If-Match); after a 412 the form closes to show the list anew. */
export function MemberForm({
  member,
  onSaved,
  onCancel,
}: {
  member: CommitteeMember | undefined;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveCommitteeMember(member);
  const schema = useMemo(() => memberSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: memberValuesOf(member),
    create: !member,
    etag: etagOfRecord(member),
    submit: (body, { idempotencyKey }) => save.mutateAsync({ body, idempotencyKey: idempotencyKey ?? '' }),
    onSaved,
    reload: async () => onCancel(),
  });
  const title = member ? t('committee.editMember', { name: member.name }) : t('committee.addMember');

  return (
    <FormPanel form={vf} title={title}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormTextField form={vf} name="name" label={t('committee.member.name')} required autoComplete="off" />
        <FormTextField
          form={vf}
          name="kana"
          label={t('committee.member.kana')}
          autoComplete="off"
          lang="ja"
          hint={t('org.kanaHint')}
        />
        <FormTextField form={vf} name="affiliation" label={t('committee.member.affiliation')} required />
        <FormTextField form={vf} name="roleTitle" label={t('committee.member.roleTitle')} hint={t('committee.roleTitleHint')} />
        <FormTextField form={vf} name="termFrom" label={t('committee.member.termFrom')} type="date" required />
        <FormTextField
          form={vf}
          name="termTo"
          label={t('committee.member.termTo')}
          type="date"
          hint={t('officer.termEndHint')}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('committee.contact')}</legend>
        <p className="field-hint">{t('committee.contactHint')}</p>
        <div className="form-grid">
          <FormTextField form={vf} name="email" label={t('committee.member.email')} type="email" autoComplete="off" />
          <FormTextField
            form={vf}
            name="phone"
            label={t('committee.member.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
          />
        </div>
      </fieldset>
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </FormPanel>
  );
}
