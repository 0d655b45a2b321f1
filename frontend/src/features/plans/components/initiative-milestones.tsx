import { Section } from '@/components/layout/section';
import { DataTable } from '@/components/ui/data-table';
import { QueryError } from '@/components/ui/query-error';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useUpdateMilestone } from '../api/initiatives';
import type { InitiativeDetail, MilestoneStatus } from '../api/types';
import { milestoneOverdue } from '../utils/format';
import { BehindMark } from './marks';
import './plans.css';
import './initiative-details.css';

const MILESTONE_STATUSES: MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];

export function Milestones({ initiative, canWrite }: { initiative: InitiativeDetail; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const update = useUpdateMilestone();
  const list = [...initiative.milestones].sort((a, b) => a.position - b.position);
  if (list.length === 0) return null;
  return (
    <Section id="ini-milestones" title={t('initiative.milestones')}>
      <DataTable
        label={t('initiative.milestones')}
        rows={list}
        rowKey={(m) => m.id}
        columns={[
          { key: 'no', header: t('initiative.milestone.no'), num: true, cell: (_m, n) => n + 1 },
          { key: 'title', header: t('initiative.milestone.title'), rowHeader: true, className: 'wrap', cell: (m) => m.title },
          {
            key: 'due',
            header: t('initiative.milestone.due'),
            className: 'nowrap',
            cell: (m) => (m.dueFiscalYear !== undefined ? formatFiscalYear(m.dueFiscalYear, lang) : t('initiative.noDue')),
          },
          {
            key: 'status',
            header: t('initiative.milestone.status'),
            cell: (m) => (
              <>
                {canWrite ? (
                  <select
                    aria-label={t('initiative.milestone.statusOf', { title: m.title })}
                    value={m.status}
                    disabled={update.isPending}
                    onChange={(e) => update.mutate({ id: m.id, version: m.version, status: e.target.value as MilestoneStatus })}
                  >
                    {MILESTONE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`initiative.milestone.${s}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`initiative.milestone.${m.status}` as MessageKey)
                )}
                {milestoneOverdue(m, initiative.behindReasons) ? (
                  <>
                    {' '}
                    <BehindMark label={t('initiative.overdue')} />
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: 'doneOn',
            header: t('initiative.milestone.doneOn'),
            className: 'nowrap',
            cell: (m) => (m.doneOn ? formatWarekiDate(m.doneOn, lang) : '—'),
          },
        ]}
      />
      {update.isError ? <QueryError error={update.error} /> : null}
    </Section>
  );
}
