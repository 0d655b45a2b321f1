import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { useProgressReports } from '../api/progress-reports';
import type { ProgressReport } from '../api/types';
import { periodLabel } from '../utils/format';
import { IndicatorTable } from './indicator-table';
import { StatusChip } from './marks';
import './plans.css';
import './initiative-details.css';

export function ProgressReports({ initiativeId, canWrite }: { initiativeId: number; canWrite: boolean }) {
  const { t } = useI18n();
  const reports = useProgressReports(initiativeId);
  return (
    <section aria-labelledby="ini-progress" id="progress">
      <div className="panel-head">
        <h2 id="ini-progress">{t('initiative.progress')}</h2>
        {canWrite ? (
          <Link className="btn btn-primary" to={`/initiatives/${initiativeId}/progress/new`}>
            {t('initiative.addProgress')}
          </Link>
        ) : null}
      </div>
      <QueryState query={reports} isEmpty={(list) => list.length === 0} empty={t('initiative.noProgress')}>
        {(list) => (
          <ol className="report-list">
            {list.map((r) => (
              <ProgressReportItem key={r.id} report={r} canWrite={canWrite} />
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}

function ProgressReportItem({ report: r, canWrite }: { report: ProgressReport; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const period = periodLabel(t, lang, r.fiscalYear, r.half);
  return (
    <li className="report">
      <div className="panel-head">
        <h3>
          {period} <StatusChip status={r.status} />
        </h3>
        {canWrite ? (
          <Link className="btn btn-secondary btn-small" to={`/progress-reports/${r.id}/edit`}>
            {t('form.edit')}
            <span className="visually-hidden">: {t('initiative.progressOf', { period })}</span>
          </Link>
        ) : null}
      </div>
      {r.done ? <p className="pre-line">{r.done}</p> : null}
      {r.evidence.length > 0 ? (
        <>
          <h4>{t('progress.evidence')}</h4>
          <ul className="plain-list">
            {r.evidence.map((e, n) => (
              <li key={n}>
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.label || e.url}
                  <span className="visually-hidden">{t('app.newWindow')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.indicators.length > 0 ? (
        <IndicatorTable indicators={r.indicators} caption={t('progress.indicatorsOf', { period })} />
      ) : null}
      <p className="muted">
        {t('initiative.reportedBy', {
          who: r.reportedBy,
          at: r.reportedAt ? formatDateTime(r.reportedAt, lang) : '',
        })}
      </p>
    </li>
  );
}
