import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { api, unwrap } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';

/** 会議での報告: the agenda items that carried a request to the districts, oldest first. */
export function RequestAgendaItems({ requestId }: { requestId: number }) {
  const { t, lang } = useI18n();
  const items = useQuery({
    queryKey: ['agenda-items', 'by-request', requestId],
    queryFn: () => unwrap(api.GET('/api/v1/agenda-items', { params: { query: { requestId, size: 200, sort: 'heldOn' } } })),
  });
  return (
    <Section id="req-agenda-items" title={t('meetings.reportedAt')}>
      <QueryState query={items} isEmpty={(d) => d.items.length === 0} empty={t('meetings.notReportedYet')}>
        {(d) => (
          <DataTable
            label={t('meetings.reportedAt')}
            rows={d.items}
            rowKey={(a) => a.id}
            columns={[
              {
                key: 'date',
                header: t('meetings.date'),
                className: 'nowrap',
                cell: (a) => formatWarekiDate(a.heldOn, lang),
              },
              {
                key: 'meeting',
                header: t('meetings.meeting'),
                rowHeader: true,
                cell: (a) => <Link to={`/meetings?body=${a.bodyId}`}>{a.meetingDisplayName}</Link>,
              },
              { key: 'item', header: t('meetings.item'), cell: (a) => a.title },
              { key: 'section', header: t('request.section'), cell: (a) => a.sectionName ?? '' },
            ]}
          />
        )}
      </QueryState>
    </Section>
  );
}
