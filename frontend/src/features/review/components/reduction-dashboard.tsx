import { Link } from 'react-router';
import { LineChart } from '@/components/charts/line-chart';
import { Section } from '@/components/layout/section';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useDashboard, useReviewItems, type ReductionFigures } from '../api/review';

/** A column of numbers. */
const number = <T,>(key: string, header: string, cell: (row: T) => string): Column<T> => ({ key, header, num: true, cell });

function FiguresTable({ caption, years }: { caption: string; years: ReductionFigures[] }) {
  const { t, lang } = useI18n();
  const columns: Column<ReductionFigures>[] = [
    {
      key: 'year',
      header: t('request.fiscalYear'),
      rowHeader: true,
      cell: (y) => (y.fiscalYear ? formatFiscalYear(y.fiscalYear, lang) : ''),
    },
    number('cooperation', t('dashboard.cooperation'), (y) => formatNumber(y.cooperationRequests, lang)),
    number('notice', t('dashboard.notice'), (y) => formatNumber(y.noticeRequests, lang)),
    number('hours', t('request.col.annualHours'), (y) => formatNumber(y.annualHours, lang)),
    number('cooperationCut', t('dashboard.cooperationCut'), (y) => formatPercent(y.cooperationCut)),
    number('hoursCut', t('dashboard.hoursCut'), (y) => formatPercent(y.hoursCut)),
  ];
  return <DataTable label={caption} showCaption rows={years} rowKey={(y) => y.fiscalYear} columns={columns} />;
}

type Department = { departmentId?: number; bureauName?: string; departmentName?: string; years?: ReductionFigures[] };

/** One row per department: baseline year against the cycle's year, so departments compare at a glance. */
function DepartmentTable({ departments }: { departments: Department[] }) {
  const { t, lang } = useI18n();
  const caption = t('dashboard.byDepartment');
  const base = (d: Department) => d.years?.[0];
  const now = (d: Department) => d.years?.[d.years.length - 1];
  const columns: Column<Department>[] = [
    {
      key: 'department',
      header: t('dashboard.departmentColumn'),
      rowHeader: true,
      cell: (d) => [d.bureauName, d.departmentName].filter(Boolean).join(' '),
    },
    number('cooperationBaseline', t('dashboard.cooperationBaseline'), (d) => formatNumber(base(d)?.cooperationRequests, lang)),
    number('cooperation', t('dashboard.cooperation'), (d) => formatNumber(now(d)?.cooperationRequests, lang)),
    number('cooperationCut', t('dashboard.cooperationCut'), (d) => formatPercent(now(d)?.cooperationCut)),
    number('hoursBaseline', t('dashboard.hoursBaseline'), (d) => formatNumber(base(d)?.annualHours, lang)),
    number('hours', t('request.col.annualHours'), (d) => formatNumber(now(d)?.annualHours, lang)),
    number('hoursCut', t('dashboard.hoursCut'), (d) => formatPercent(now(d)?.hoursCut)),
  ];
  return <DataTable label={caption} showCaption rows={departments} rowKey={(d) => d.departmentId ?? ''} columns={columns} />;
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
      <Section id="dash-summary" title={t('dashboard.summary')}>
        <dl className="facts">
          <Fact label={t('dashboard.baseline')}>{d.baselineYear ? formatFiscalYear(d.baselineYear, lang) : ''}</Fact>
          <Fact label={t('dashboard.cooperationNow')} data-testid="cooperation-now">
            {formatNumber(current?.cooperationRequests, lang)}
          </Fact>
          <Fact label={t('dashboard.cooperationCut')}>{formatPercent(current?.cooperationCut)}</Fact>
          <Fact label={t('dashboard.hoursCut')}>{formatPercent(current?.hoursCut)}</Fact>
          <Fact label={t('dashboard.undecided')}>{formatNumber(d.undecided, lang)}</Fact>
          <Fact label={t('dashboard.projectedCooperation')}>{formatNumber(d.projectedCooperationRequests, lang)}</Fact>
          <Fact label={t('dashboard.projectedHours')}>{formatNumber(d.projectedAnnualHours, lang)}</Fact>
        </dl>
        <h3>{t('dashboard.decisions')}</h3>
        <ul>
          {Object.entries(d.decisions).map(([k, n]) => (
            <li key={k}>
              {t(`review.decision.${k}` as MessageKey)}: {formatNumber(n, lang)}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="dash-city" title={t('dashboard.cityWide')}>
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
      </Section>

      <Section id="dash-depts" title={t('dashboard.byDepartment')}>
        <DepartmentTable departments={d.departments} />
      </Section>

      <Section id="dash-undecided" title={t('dashboard.undecidedList')}>
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
      </Section>
    </>
  );
}
