import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Loading } from '@/components/ui/loading';
import { optional, useVersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear } from '@/utils/fiscal-year';
import { etagOfRecord, useCommitteeMembers, useSaveCommitteeMeeting } from '../../api/committee';
import type { CommitteeMeeting, CommitteeMeetingInput } from '../../api/types';
import { attendeeChoices } from '../../utils/committee';
import { meetingName } from './shared';

type MeetingValues = {
  planId: string;
  meetingNumber: string;
  heldOn: string;
  agenda: string;
  minutes: string;
  attendeeIds: number[];
};

/** The date is required; a meeting number is a whole number (full-width digits read). */
function meetingSchema(t: TFunction) {
  return z
    .object({
      planId: z.string(),
      meetingNumber: z
        .string()
        .refine((v) => v === '' || /^\d+$/.test(v.normalize('NFKC').trim()), t('form.notInteger')),
      heldOn: z.string().min(1, t('form.requiredMissing')),
      agenda: z.string(),
      minutes: z.string(),
      attendeeIds: z.array(z.number()),
    })
    .transform(
      (v): CommitteeMeetingInput => ({
        planId: v.planId ? Number(v.planId) : undefined,
        meetingNumber: v.meetingNumber ? Number(v.meetingNumber.normalize('NFKC').trim()) : undefined,
        heldOn: v.heldOn,
        agenda: optional(v.agenda),
        minutes: optional(v.minutes),
        attendeeIds: v.attendeeIds,
      }),
    );
}

/** Records a meeting (Idempotency-Key) or edits one (If-Match): date, agenda, minutes and who attended. */
export function MeetingForm({
  meeting,
  plans,
  onSaved,
  onCancel,
}: {
  meeting: CommitteeMeeting | undefined;
  plans: { id: number; name: string }[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const save = useSaveCommitteeMeeting(meeting);
  const members = useCommitteeMembers({});
  const schema = useMemo(() => meetingSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      planId: String(meeting?.planId ?? plans[0]?.id ?? ''),
      meetingNumber: meeting?.meetingNumber !== undefined ? String(meeting.meetingNumber) : '',
      heldOn: meeting?.heldOn ?? '',
      agenda: meeting?.agenda ?? '',
      minutes: meeting?.minutes ?? '',
      attendeeIds: meeting?.attendeeIds ?? [],
    } satisfies MeetingValues,
    create: !meeting,
    etag: etagOfRecord(meeting),
    submit: (body, { idempotencyKey }) => save.mutateAsync({ body, idempotencyKey: idempotencyKey ?? '' }),
    onSaved,
    reload: async () => onCancel(),
  });
  const [heldOn, attendeeIds] = useWatch({ control: vf.form.control, name: ['heldOn', 'attendeeIds'] });
  const title = meeting ? t('committee.editMeeting', { name: meetingName(t, meeting) }) : t('committee.addMeeting');
  // Those serving on the day (and anyone already recorded as attending).
  const choices = attendeeChoices(members.data ?? [], heldOn || undefined, attendeeIds);
  const setAttending = (id: number, on: boolean) =>
    vf.form.setValue('attendeeIds', on ? [...attendeeIds, id] : attendeeIds.filter((x) => x !== id));
  const attendeesError = vf.fieldError('attendeeIds');

  return (
    <FormPanel form={vf} title={title}>
      <FormAlert form={vf} />
      <div className="form-grid">
        {plans.length > 1 ? (
          <FormSelectField form={vf} name="planId" label={t('committee.meeting.plan')}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </FormSelectField>
        ) : null}
        <FormTextField
          form={vf}
          name="meetingNumber"
          label={t('committee.meeting.number')}
          inputMode="numeric"
          hint={t('committee.meeting.numberHint')}
        />
        <FormTextField form={vf} name="heldOn" label={t('committee.meeting.heldOn')} type="date" required />
        <p className="field-note">
          {t('committee.meeting.fiscalYear')}:{' '}
          {/^\d{4}-\d{2}-\d{2}$/.test(heldOn) ? formatFiscalYear(fiscalYearOf(heldOn), lang) : '—'}
        </p>
      </div>
      <FormTextAreaField form={vf} name="agenda" label={t('committee.meeting.agenda')} rows={3} />
      <FormTextAreaField form={vf} name="minutes" label={t('committee.meeting.minutes')} rows={6} />
      <fieldset className="fieldset">
        <legend>{t('committee.meeting.attendees')}</legend>
        {attendeesError ? <p className="field-error">{attendeesError}</p> : null}
        {members.isPending ? (
          <Loading />
        ) : choices.length === 0 ? (
          <p>{t('committee.noMembersOn')}</p>
        ) : (
          <div className="checkbox-columns">
            {choices.map((m) => (
              <label key={m.id} className="checkbox-inline">
                <input
                  type="checkbox"
                  checked={attendeeIds.includes(m.id)}
                  onChange={(e) => setAttending(m.id, e.target.checked)}
                />{' '}
                {m.name}
                {m.affiliation ? <span className="muted">（{m.affiliation}）</span> : null}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </FormPanel>
  );
}
