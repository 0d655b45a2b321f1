import { useState } from 'react';
import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { problemMessage } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useDeleteAgendaItem, type Meeting } from '../api/meetings';
import { AgendaItemForm } from './agenda-item-form';

/** A meeting with its agenda items; who may add items (office, a department) adds them here. */
export function MeetingDetails({ meeting, canAddItems }: { meeting: Meeting; canAddItems: boolean }) {
  const { t, lang } = useI18n();
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const remove = useDeleteAgendaItem(meeting.id);
  return (
    <>
      <dl className="facts">
        <Fact label={t('meetings.body')}>{meeting.bodyName}</Fact>
        <Fact label={t('meetings.date')}>{formatWarekiDate(meeting.heldOn, lang)}</Fact>
        <Fact label={t('request.fiscalYear')}>{formatFiscalYear(meeting.fiscalYear, lang)}</Fact>
        {meeting.note ? <Fact label={t('meetings.note')}>{meeting.note}</Fact> : null}
      </dl>
      <Section id="meeting-items" title={t('meetings.items')}>
        {message ? <Alert tone="success">{message}</Alert> : null}
        {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
        {meeting.agendaItems.length === 0 ? (
          <p>{t('meetings.noItems')}</p>
        ) : (
          <DataTable
            label={t('meetings.items')}
            rows={meeting.agendaItems}
            rowKey={(a) => a.id}
            columns={[
              { key: 'order', header: t('meetings.order'), num: true, cell: (a) => a.order },
              { key: 'title', header: t('meetings.item'), rowHeader: true, cell: (a) => a.title },
              { key: 'section', header: t('request.section'), cell: (a) => a.sectionName ?? '' },
              {
                key: 'requests',
                header: t('meetings.linkedRequests'),
                cell: (a) =>
                  a.requestIds.map((rid, i) => (
                    <span key={rid}>
                      {i > 0 ? '、' : ''}
                      <Link to={`/requests/${rid}`}>{t('meetings.openRequest', { n: i + 1 })}</Link>
                    </span>
                  )),
              },
              {
                key: 'actions',
                header: t('meetings.actions'),
                cell: (a) =>
                  a.permissions.canEdit ? (
                    <Button
                      variant="link"
                      onClick={() => {
                        setMessage(undefined);
                        remove.mutate(a, { onSuccess: () => setMessage(t('meetings.itemDeleted')) });
                      }}
                    >
                      {t('meetings.deleteItem', { title: a.title })}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
        {canAddItems ? (
          adding ? (
            <AgendaItemForm
              meetingId={meeting.id}
              onSaved={() => {
                setAdding(false);
                setMessage(t('meetings.itemAdded'));
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <Button
              variant="secondary"
              onClick={() => {
                setMessage(undefined);
                setAdding(true);
              }}
            >
              {t('meetings.addItem')}
            </Button>
          )
        ) : null}
      </Section>
    </>
  );
}
