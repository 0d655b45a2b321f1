import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useUpdateMilestone } from '../api/initiatives';
import type { InitiativeDetail, MilestoneStatus } from '../api/types';
import { milestoneOverdue } from '../utils/format';
import './plans.css';
import './initiative-details.css';

const MILESTONE_STATUSES: MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];

export function Milestones({ initiative, canWrite }: { initiative: InitiativeDetail; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const update = useUpdateMilestone();
  const list = [...initiative.milestones].sort((a, b) => a.position - b.position);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="ini-milestones">
      <h2 id="ini-milestones">{t('initiative.milestones')}</h2>
      <TableScroll label={t('initiative.milestones')}>
        <table className="table">
          <caption className="visually-hidden">{t('initiative.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('initiative.milestone.no')}
              </th>
              <th scope="col">{t('initiative.milestone.title')}</th>
              <th scope="col">{t('initiative.milestone.due')}</th>
              <th scope="col">{t('initiative.milestone.status')}</th>
              <th scope="col">{t('initiative.milestone.doneOn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m, n) => {
              const overdue = milestoneOverdue(m, initiative.behindReasons);
              return (
                <tr key={m.id}>
                  <td className="num">{n + 1}</td>
                  <th scope="row" className="wrap">
                    {m.title}
                  </th>
                  <td className="nowrap">
                    {m.dueFiscalYear !== undefined ? formatFiscalYear(m.dueFiscalYear, lang) : t('initiative.noDue')}
                  </td>
                  <td>
                    {canWrite ? (
                      <select
                        aria-label={t('initiative.milestone.statusOf', { title: m.title })}
                        value={m.status}
                        disabled={update.isPending}
                        onChange={(e) =>
                          update.mutate({ id: m.id, version: m.version, status: e.target.value as MilestoneStatus })
                        }
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
                    {overdue ? (
                      <>
                        {' '}
                        <span className="behind-mark">
                          <span aria-hidden="true">⚠ </span>
                          {t('initiative.overdue')}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td className="nowrap">{m.doneOn ? formatWarekiDate(m.doneOn, lang) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {update.isError ? <QueryError error={update.error} /> : null}
    </section>
  );
}
