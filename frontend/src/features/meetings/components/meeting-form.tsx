import { useMemo } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { optional, useVersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useCouncilBodies, useSaveMeeting, type Meeting, type MeetingInput } from '../api/meetings';

/**
 * 会議の登録・編集: the body, 第N回, the date, a title when it has one, and a note (the place). `bodyId`: the body a new
 * meeting is of (opened from the body's page).
 */
export function MeetingForm({
  meeting,
  etag,
  bodyId,
  onSaved,
  onCancel,
}: {
  meeting?: Meeting;
  etag?: string;
  bodyId?: number;
  onSaved: (m: Meeting) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const bodies = useCouncilBodies();
  const save = useSaveMeeting(meeting?.id);
  const schema = useMemo(
    () =>
      z
        .object({
          bodyId: z.string().min(1, t('form.requiredMissing')),
          number: z.string().refine((v) => v === '' || /^\d{1,3}$/.test(v.normalize('NFKC').trim()), t('form.notInteger')),
          heldOn: z.string().min(1, t('form.requiredMissing')),
          title: z.string(),
          note: z.string(),
        })
        .transform(
          (v): MeetingInput => ({
            bodyId: Number(v.bodyId),
            number: v.number ? Number(v.number.normalize('NFKC').trim()) : undefined,
            heldOn: v.heldOn,
            title: optional(v.title),
            note: optional(v.note),
          }),
        ),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      bodyId: meeting ? String(meeting.bodyId) : bodyId !== undefined ? String(bodyId) : '',
      number: meeting?.number !== undefined ? String(meeting.number) : '',
      heldOn: meeting?.heldOn ?? '',
      title: meeting?.title ?? '',
      note: meeting?.note ?? '',
    },
    create: !meeting,
    etag,
    submit: (body, meta) => save.mutateAsync({ body, etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async () => onCancel(),
  });
  return (
    <FormPanel form={vf} title={meeting ? t('meetings.editMeeting') : t('meetings.newMeeting')} level={2}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormSelectField form={vf} name="bodyId" label={t('meetings.body')} required>
          <option value="">{t('meetings.chooseBody')}</option>
          {(bodies.data ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {lang === 'en' ? b.nameEn : b.nameJa}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="number" label={t('meetings.number')} inputMode="numeric" />
        <FormTextField form={vf} name="heldOn" label={t('meetings.date')} type="date" required />
        <FormTextField form={vf} name="title" label={t('meetings.meetingTitle')} hint={t('meetings.meetingTitleHint')} />
      </div>
      <FormTextAreaField form={vf} name="note" label={t('meetings.note')} rows={2} />
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </FormPanel>
  );
}
