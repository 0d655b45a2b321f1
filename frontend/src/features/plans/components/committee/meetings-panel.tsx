import { Alert } from '@/components/ui/alert';
import { FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { useI18n } from '@/lib/i18n';
import { positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useCommitteeMeetings } from '../../api/committee';
import { usePlans } from '../../api/plans';
import type { CommitteeMeeting } from '../../api/types';
import { planYears } from '../../utils/format';
import { MeetingForm } from './meeting-form';
import { AddRecordButton, EditRecordButton, meetingName, useRecordForm } from './shared';

/** 会議: what each meeting discussed and who attended, by fiscal year (?fy=) and page (?page=). */
export function CommitteeMeetingsPanel({ canEdit }: { canEdit: boolean }) {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const fy = Number(list.search.get('fy')) || undefined;
  const meetings = useCommitteeMeetings(fy, positiveParam(list.search, 'page') ?? 1);
  const plans = usePlans();
  const form = useRecordForm<CommitteeMeeting>();
  const firstPlan = plans.data?.items[0];
  const years = planYears(firstPlan);
  if (fy && !years.includes(fy)) years.push(fy);
  const caption = t('committee.meetings');

  return (
    <section aria-labelledby="committee-meetings">
      <h2 id="committee-meetings">{caption}</h2>
      <form className="filters filters-single" onSubmit={(e) => e.preventDefault()} aria-label={t('committee.meetingFilters')}>
        <FilterSelect
          label={t('committee.meeting.fiscalYear')}
          allLabel={t('plan.all')}
          value={fy}
          choices={years.map((y) => ({ value: y, label: formatFiscalYear(y, lang) }))}
          onChange={(year) => list.update({ fy: year })}
        />
      </form>
      {form.saved ? <Alert tone="success">{t('committee.meetingSaved')}</Alert> : null}
      <PagedTable
        query={meetings}
        label={caption}
        empty={<p>{t('committee.noMeetings')}</p>}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'number',
            header: t('committee.meeting.number'),
            rowHeader: true,
            className: 'nowrap',
            cell: (m) => meetingName(t, m),
          },
          {
            key: 'heldOn',
            header: t('committee.meeting.heldOn'),
            className: 'nowrap',
            cell: (m) => (
              <>
                {m.heldOn ? formatWarekiDate(m.heldOn, lang) : ''}
                <span className="th-sub">{formatFiscalYear(m.fiscalYear, lang)}</span>
              </>
            ),
          },
          {
            key: 'agenda',
            header: t('committee.meeting.agenda'),
            className: 'wrap',
            cell: (m) => (
              <>
                <span className="pre-line">{m.agenda ?? ''}</span>
                {m.minutes ? (
                  <details>
                    <summary>
                      {t('committee.meeting.minutes')}
                      <span className="visually-hidden">: {meetingName(t, m)}</span>
                    </summary>
                    <p className="pre-line">{m.minutes}</p>
                  </details>
                ) : null}
              </>
            ),
          },
          {
            key: 'attendees',
            header: t('committee.meeting.attendees'),
            className: 'wrap',
            cell: (m) => (
              <>
                {m.attendees.map((a) => a.name).join('、')}
                <span className="th-sub">{t('committee.attendeesCount', { count: m.attendees.length })}</span>
              </>
            ),
          },
          canEdit && {
            key: 'actions',
            header: t('committee.actions'),
            className: 'row-actions',
            cell: (m) => <EditRecordButton form={form} record={m} name={meetingName(t, m)} />,
          },
        ]}
      />

      {canEdit && form.mode ? (
        <MeetingForm
          key={form.formKey}
          meeting={form.editing}
          plans={(plans.data?.items ?? []).map((p) => ({ id: p.id, name: p.name }))}
          onSaved={() => form.close(true)}
          onCancel={() => form.close(false)}
        />
      ) : null}
      {canEdit && !form.mode ? <AddRecordButton form={form} label={t('committee.addMeeting')} /> : null}
    </section>
  );
}

