import { Link, useSearchParams } from 'react-router';
import { PagedTable } from '@/components/ui/paged-table';
import { useI18n } from '@/lib/i18n';
import { positiveParam } from '@/lib/use-list-search';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { useBodyMeetings, type MeetingSummary } from '../api/council-bodies';
import { QuorumBadge } from './badges';
import './council-bodies.css';
import '../i18n';

/**
 * The body's meetings, newest first (`?page=` of the body's page): the meeting, its day, whether the quorum was met
 * and who attended (the name and the result first, so a phone shows them beside each other).
 */
export function BodyMeetings({ bodyId }: { bodyId: number }) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const page = positiveParam(search, 'page') ?? 1;
  const meetings = useBodyMeetings(bodyId, page);
  const n = (v: number) => formatNumber(v, lang);
  return (
    <PagedTable
      query={meetings}
      label={t('council.meetings.caption')}
      empty={<p>{t('council.meetings.none')}</p>}
      rowKey={(m: MeetingSummary) => m.id}
      columns={[
        {
          key: 'meeting',
          header: t('council.meetings.meeting'),
          rowHeader: true,
          className: 'wrap',
          cell: (m) => <Link to={`/meetings/${m.id}`}>{m.displayName}</Link>,
        },
        { key: 'date', header: t('council.meetings.date'), className: 'nowrap', cell: (m) => formatWarekiDate(m.heldOn, lang) },
        { key: 'quorum', header: t('council.quorumResult'), cell: (m) => <QuorumBadge figures={m.attendance} /> },
        {
          key: 'attendance',
          header: t('council.meetings.attendance'),
          cell: (m) =>
            m.attendance
              ? t('council.meetings.attendanceLine', { present: n(m.attendance.present), proxy: n(m.attendance.proxy), absent: n(m.attendance.absent) })
              : '—',
        },
      ]}
    />
  );
}
