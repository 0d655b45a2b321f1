import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { ChoiceOptions } from '@/components/ui/filters';
import { useMe } from '@/lib/auth';
import { useVersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { sectionChoices, useSections } from '@/lib/reference-data/sections';
import { fiscalYearOf, formatFiscalYear } from '@/utils/fiscal-year';
import { EVENT_AUDIENCES, EVENT_KINDS, useProgramsOfYear, useSaveSupportEvent, type SupportEvent } from '../api/support-events';
import { eventBodyOf, eventSchema, eventValuesOf, MAX_DESCRIPTION, MAX_PLACE, MAX_TITLE } from '../utils/event-values';
import { eventAudienceLabel, eventKindLabel } from '../utils/labels';
import './support-events.css';
import '../i18n';

/** The fiscal year of a typed day, when it is one. */
function yearOf(day: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? fiscalYearOf(day) : undefined;
}

/**
 * 研修・説明会の登録・編集: the name, kind, day and hours, place, audience, the organizing section (a section's user:
 * their own) and the catalogue's program of that year it belongs to, capacity and a description. A new event is sent
 * with an Idempotency-Key, a change with the ETag it was read with; the server's field errors go next to their fields.
 */
export function EventForm({
  event,
  etag,
  onSaved,
  onCancel,
  onReload,
}: {
  event?: SupportEvent;
  etag?: string;
  onSaved: (saved: SupportEvent) => void;
  onCancel: () => void;
  /** Reads the event again (after a 412); the page then opens the form afresh on the new version. */
  onReload?: () => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const sections = useSections();
  const save = useSaveSupportEvent(event?.id);
  const ownSection = me.data?.role === 'DEPARTMENT' ? me.data.sectionId : undefined;
  const schema = useMemo(() => eventSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: eventValuesOf(event, { sectionId: ownSection }),
    create: !event,
    etag,
    submit: (values, meta) => save.mutateAsync({ body: eventBodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey ?? '' }),
    onSaved,
    reload: async () => onReload?.(),
  });
  const heldOn = useWatch({ control: vf.form.control, name: 'heldOn' });
  const year = yearOf(heldOn);
  const programs = useProgramsOfYear(year);
  const sectionList = sectionChoices(sections.data?.items.filter((s) => ownSection === undefined || s.id === ownSection));
  const title = event ? t('event.form.editTitle', { name: event.title }) : t('event.form.newTitle');
  return (
    <form {...vf.formProps} className="form event-form" aria-label={title}>
      <FormAlert form={vf} gone={t('event.gone')} />
      <FormTextField form={vf} name="title" label={t('event.title')} required maxLength={MAX_TITLE} />
      <div className="form-grid">
        <FormSelectField form={vf} name="kind" label={t('event.kindLabel')} required>
          <option value="">{t('event.form.choose')}</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {eventKindLabel(t, k)}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField form={vf} name="audience" label={t('event.audienceLabel')} required>
          {EVENT_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {eventAudienceLabel(t, a)}
            </option>
          ))}
        </FormSelectField>
      </div>
      <div className="form-grid">
        <FormTextField form={vf} name="heldOn" type="date" label={t('event.heldOn')} required hint={t('event.form.heldOnHint')} />
        <FormTextField form={vf} name="startsAt" type="time" label={t('event.startsAt')} />
        <FormTextField form={vf} name="endsAt" type="time" label={t('event.endsAt')} />
      </div>
      <FormTextField form={vf} name="place" label={t('event.place')} maxLength={MAX_PLACE} />
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="sectionId"
          label={t('event.section')}
          required
          hint={ownSection !== undefined ? t('event.form.ownSection') : undefined}
        >
          <option value="">{t('event.form.choose')}</option>
          <ChoiceOptions choices={sectionList} />
        </FormSelectField>
        <FormSelectField
          form={vf}
          name="programId"
          label={t('event.program')}
          hint={year === undefined ? t('event.form.programAfterDay') : t('event.form.programHint', { year: formatFiscalYear(year, lang) })}
        >
          <option value="">{t('event.form.noProgram')}</option>
          {(programs.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {event?.programId !== undefined && !(programs.data ?? []).some((p) => p.id === event.programId) ? (
            <option value={event.programId}>{event.programName ?? String(event.programId)}</option>
          ) : null}
        </FormSelectField>
        <FormTextField form={vf} name="capacity" label={t('event.capacity')} inputMode="numeric" hint={t('event.form.capacityHint')} />
      </div>
      <FormTextAreaField form={vf} name="description" label={t('event.description')} rows={4} maxLength={MAX_DESCRIPTION} />
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </form>
  );
}
