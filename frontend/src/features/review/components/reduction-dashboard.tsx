import { Link } from 'react-router';
import { LineChart } from '@/components/charts/line-chart';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useDashboard, useReviewItems, type ReductionFigures } from '../api/review';

function FiguresTable({ caption, years }: { caption: string; years: ReductionFigures[] }) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('request.fiscalYear')}</th>
            <th scope="col" className="num">{t('dashboard.cooperation')}</th>
            <th scope="col" className="num">{t('dashboard.notice')}</th>
            <th scope="col" className="num">{t('request.col.annualHours')}</th>
            <th scope="col" className="num">{t('dashboard.cooperationCut')}</th>
            <th scope="col" className="num">{t('dashboard.hoursCut')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.fiscalYear}>
              <th scope="row">{y.fiscalYear ? formatFiscalYear(y.fiscalYear, lang) : ''}</th>
              <td className="num">{formatNumber(y.cooperationRequests, lang)}</td>
              <td className="num">{formatNumber(y.noticeRequests, lang)}</td>
              <td className="num">{formatNumber(y.annualHours, lang)}</td>
              <td className="num">{formatPercent(y.cooperationCut)}</td>
              <td className="num">{formatPercent(y.hoursCut)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One row per department: baseline year against the cycle's year, so departments compare at a glance. */
function DepartmentTable({ departments }: { departments: { departmentId?: number; bureauName?: string; departmentName?: string; years?: ReductionFigures[] }[] }) {
  const { t, lang } = useI18n();
  const caption = t('dashboard.byDepartment');
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.departmentColumn')}</th>
            <th scope="col" className="num">{t('dashboard.cooperationBaseline')}</th>
            <th scope="col" className="num">{t('dashboard.cooperation')}</th>
            <th scope="col" className="num">{t('dashboard.cooperationCut')}</th>
            <th scope="col" className="num">{t('dashboard.hoursBaseline')}</th>
            <th scope="col" className="num">{t('request.col.annualHours')}</th>
            <th scope="col" className="num">{t('dashboard.hoursCut')}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((dep) => {
            const years = dep.years ?? [];
            const base = years[0];
            const now = years[years.length - 1];
            return (
              <tr key={dep.departmentId}>
                <th scope="row">{[dep.bureauName, dep.departmentName].filter(Boolean).join(' ')}</th>
                <td className="num">{formatNumber(base?.cooperationRequests, lang)}</td>
                <td className="num">{formatNumber(now?.cooperationRequests, lang)}</td>
                <td className="num">{formatPercent(now?.cooperationCut)}</td>
                <td className="num">{formatNumber(base?.annualHours, lang)}</td>
                <td className="num">{formatNumber(now?.annualHours, lang)}</td>
                <td className="num">{formatPercent(now?.hoursCut)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ReductionDashboardView({ cycleId }: { cycleId: number }) {
  const { t, lang } = useI18n();
  const dashboard = useDashboard(cycleId);
  const items = useReviewItems(cycleId, 1);
  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const city = d.cityWide;
  const current = city.find((y) => y.fiscalYear === d.fiscalYear);
  const undecided = (items.data?.items ?? []).filter((i) => !i.decision);
  return (
    <>
      <section aria-labelledby="dash-summary">
        <h2 id="dash-summary">{t('dashboard.summary')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('dashboard.baseline')}</dt>
            <dd>{d.baselineYear ? formatFiscalYear(d.baselineYear, lang) : ''}</dd>
          </div>
          <div>
            <dt>{t('dashboard.cooperationNow')}</dt>
            <dd data-testid="cooperation-now">{formatNumber(current?.cooperationRequests, lang)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.cooperationCut')}</dt>
            <dd>{formatPercent(current?.cooperationCut)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.hoursCut')}</dt>
            <dd>{formatPercent(current?.hoursCut)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.undecided')}</dt>
            <dd>{formatNumber(d.undecided, lang)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.projectedCooperation')}</dt>
            <dd>{formatNumber(d.projectedCooperationRequests, lang)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.projectedHours')}</dt>
            <dd>{formatNumber(d.projectedAnnualHours, lang)}</dd>
          </div>
        </dl>
        <h3>{t('dashboard.decisions')}</h3>
        <ul>
          {Object.entries(d.decisions).map(([k, n]) => (
            <li key={k}>
              {t(`review.decision.${k}` as MessageKey)}: {formatNumber(n, lang)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dash-city">
        <h2 id="dash-city">{t('dashboard.cityWide')}</h2>
        <LineChart
          kind="bar"
          title={t('dashboard.chartTitle')}
          description={t('dashboard.chartDescription')}
          points={city.map((y) => ({
            label: y.fiscalYear ? formatFiscalYear(y.fiscalYear, lang) : '',
            value: y.cooperationRequests,
          }))}
          domain={[0, Math.max(1, ...city.map((y) => y.cooperationRequests))]}
          format={(v) => formatNumber(v, lang)}
          valueLabel={t('dashboard.cooperation')}
          categoryLabel={t('request.fiscalYear')}
          tableCaption={t('dashboard.chartTitle')}
        />
        <FiguresTable caption={t('dashboard.cityWideTable')} years={city} />
      </section>

      <section aria-labelledby="dash-depts">
        <h2 id="dash-depts">{t('dashboard.byDepartment')}</h2>
        <DepartmentTable departments={d.departments} />
      </section>

      <section aria-labelledby="dash-undecided">
        <h2 id="dash-undecided">{t('dashboard.undecidedList')}</h2>
        {undecided.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <ul>
            {undecided.map((i) => (
              <li key={i.requestId}>
                <Link to={`/requests/${i.requestId}`}>
                  {i.requestCode} {i.requestTitle}
                </Link>{' '}
                ({i.sectionName}, {t(`review.state.${i.state}` as MessageKey)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
