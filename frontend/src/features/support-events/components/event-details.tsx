import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { AttendanceRow, SupportEvent } from '../api/support-events';
import { eventAudienceLabel, eventKindLabel, timeRange } from '../utils/labels';
import './support-events.css';
import '../i18n';

/**
 * One event as the office and the districts read it: when and where, for whom, who organizes it and which program
 * of the catalogue it belongs to, the capacity and the totals (申込・出席・参加校区数), then its description.
 */
export function EventFacts({ event: e }: { event: SupportEvent }) {
  const { t, lang } = useI18n();
  const people = (n: number) => t('event.people', { n: formatNumber(n, lang) });
  const upcoming = e.heldOn > isoDate();
  const time = timeRange(e.startsAt, e.endsAt);
  return (
    <dl className="facts event-facts">
      <Fact label={t('event.heldOn')}>
        {formatWarekiDate(e.heldOn, lang)}
        {time ? ` ${time}` : ''}
      </Fact>
      <Fact label={t('event.kindLabel')}>{eventKindLabel(t, e.kind)}</Fact>
      <Fact label={t('event.place')}>{e.place ?? '—'}</Fact>
      <Fact label={t('event.audienceLabel')}>{eventAudienceLabel(t, e.audience)}</Fact>
      <Fact label={t('event.section')}>{e.sectionName}</Fact>
      <Fact label={t('event.program')}>
        {e.programId !== undefined ? (
          <Link to={`/support/programs/${e.programId}`}>{e.programName ?? t('event.programLink')}</Link>
        ) : (
          '—'
        )}
      </Fact>
      <Fact label={t('event.fiscalYear')}>{formatFiscalYear(e.fiscalYear, lang)}</Fact>
      <Fact label={t('event.capacity')}>{e.capacity === undefined ? '—' : people(e.capacity)}</Fact>
      <Fact label={t('event.registeredTotal')} data-testid="event-registered">
        {people(e.registeredTotal)}
      </Fact>
      <Fact label={t('event.attendedTotal')} data-testid="event-attended">
        {upcoming && e.attendedTotal === 0 ? t('event.notYetHeld') : people(e.attendedTotal)}
      </Fact>
      <Fact label={t('event.districtsAttended')} data-testid="event-districts">
        {upcoming && e.districtsAttended === 0 ? '—' : t('event.districtsCount', { n: formatNumber(e.districtsAttended, lang) })}
      </Fact>
      {e.description ? (
        <Fact label={t('event.description')} wide>
          <span className="pre-line">{e.description}</span>
        </Fact>
      ) : null}
    </dl>
  );
}

/** 申込・出席 by district (kana order, as the API sends them), then organization, with the event's totals under them. */
export function AttendanceTable({ event: e }: { event: SupportEvent }) {
  const { t, lang } = useI18n();
  const n = (v: number | null) => (v === null ? t('event.attendance.notTaken') : formatNumber(v, lang));
  if (e.attendance.length === 0) return <p>{t('event.attendance.none')}</p>;
  return (
    <DataTable
      label={t('event.attendance.caption')}
      rows={e.attendance}
      rowKey={(r: AttendanceRow) => `${r.districtId}-${r.organizationId ?? 0}`}
      foot
      testId="event-attendance"
      columns={[
        {
          key: 'district',
          header: t('event.attendance.district'),
          rowHeader: true,
          // the ward under the name: a phone keeps the counts in sight
          cell: (r) => (
            <>
              <Link to={`/districts/${r.districtId}`}>{r.districtName}</Link>
              {r.wardName ? <span className="event-ward">{r.wardName}</span> : null}
            </>
          ),
          total: t('event.attendance.total'),
        },
        {
          key: 'organization',
          header: t('event.attendance.organization'),
          className: 'wrap',
          cell: (r) => r.organizationName ?? t('event.attendance.wholeDistrict'),
          total: t('event.attendance.districtsTotal', { n: formatNumber(e.districtsAttended, lang) }),
        },
        {
          key: 'registered',
          header: t('event.attendance.registered'),
          num: true,
          cell: (r) => n(r.registered),
          total: formatNumber(e.registeredTotal, lang),
        },
        {
          key: 'attended',
          header: t('event.attendance.attended'),
          num: true,
          cell: (r) => n(r.attended),
          total: formatNumber(e.attendedTotal, lang),
        },
      ]}
    />
  );
}
