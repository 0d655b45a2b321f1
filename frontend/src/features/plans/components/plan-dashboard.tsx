import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { StackedBarChart, type StackSeries } from '@/components/charts/stacked-bar-chart';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useDraft } from '@/lib/use-draft';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { useRatingGrades } from '../api/evaluations';
import { usePlanDashboard } from '../api/plans';
import type { InitiativeSummary, PillarCounts, StatusCounts, YearCounts } from '../api/types';
import { behindText, gradeText, sortedGrades, STATUS_KEYS, type StatusKey } from '../utils/format';
import { BehindMark, StatusChip } from './marks';
import './plans.css';

/** ?asOf=2026-03-31, else today (the server's default). */
export function readAsOf(search: URLSearchParams): string | undefined {
  const v = search.get('asOf');
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

const countOf = (c: StatusCounts | undefined, k: StatusKey) => c?.[k] ?? 0;

/** 進捗ダッシュボード: counts by status per pillar, what is behind, and the years so far. */
export function PlanDashboardView({ planId }: { planId: number }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const asOf = readAsOf(search);
  const dashboard = usePlanDashboard(planId, asOf);
  const [date, setDate] = useDraft(asOf ?? '', search);

  const series: StackSeries[] = STATUS_KEYS.map((k) => ({
    key: k,
    label: t(`plan.status.${k}` as MessageKey),
    className: `series-${k}`,
  }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(date ? new URLSearchParams({ asOf: date }) : new URLSearchParams());
  };

  return (
    <>
      <form className="filters filters-single" onSubmit={onSubmit} aria-label={t('planDashboard.asOfForm')}>
        <TextField
          label={t('plan.asOf')}
          type="date"
          hint={t('plan.asOfHint')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <div className="filters-actions">
          <Button type="submit">{t('planDashboard.show')}</Button>
        </div>
      </form>
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <div className="results" aria-busy={dashboard.isFetching}>
          {dashboard.data.asOf ? (
            <p className="lead">{t('planDashboard.asOfShown', { date: formatWarekiDate(dashboard.data.asOf, lang) })}</p>
          ) : null}
          <Pillars pillars={dashboard.data.pillars} series={series} />
          <Behind planId={planId} list={dashboard.data.behind} />
          <Trend trend={dashboard.data.trend} series={series} />
        </div>
      )}
    </>
  );
}

function Pillars({ pillars, series }: { pillars: PillarCounts[]; series: StackSeries[] }) {
  const { t, lang } = useI18n();
  const label = (p: PillarCounts) => [p.code, p.title].filter(Boolean).join(' ');
  const caption = t('planDashboard.byPillar');
  const total = (k: StatusKey) => pillars.reduce((sum, p) => sum + countOf(p.byStatus, k), 0);
  return (
    <section aria-labelledby="pdash-pillars">
      <h2 id="pdash-pillars">{caption}</h2>
      <StackedBarChart
        title={t('planDashboard.chartTitle')}
        description={t('planDashboard.chartDesc')}
        series={series}
        categories={pillars.map((p) => ({ label: label(p), values: { ...p.byStatus } }))}
        format={(v) => formatNumber(v, lang)}
        categoryLabel={t('planDashboard.pillar')}
        emptyText={t('chart.noData')}
      />
      <TableScroll label={caption}>
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planDashboard.pillar')}</th>
              {STATUS_KEYS.map((k) => (
                <th key={k} scope="col" className="num">
                  {t(`plan.status.${k}` as MessageKey)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('planDashboard.total')}
              </th>
              <th scope="col" className="num">
                {t('plan.behind')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pillars.map((p) => (
              <tr key={p.nodeId}>
                <th scope="row" className="wrap">
                  {label(p)}
                </th>
                {STATUS_KEYS.map((k) => (
                  <td key={k} className="num">
                    {formatNumber(countOf(p.byStatus, k), lang)}
                  </td>
                ))}
                <td className="num">{formatNumber(p.initiatives, lang)}</td>
                <td className="num">{formatNumber(p.behind, lang)}</td>
              </tr>
            ))}
          </tbody>
          {pillars.length > 1 ? (
            <tfoot>
              <tr>
                <th scope="row">{t('planDashboard.total')}</th>
                {STATUS_KEYS.map((k) => (
                  <td key={k} className="num">
                    {formatNumber(total(k), lang)}
                  </td>
                ))}
                <td className="num">{formatNumber(pillars.reduce((s, p) => s + p.initiatives, 0), lang)}</td>
                <td className="num">{formatNumber(pillars.reduce((s, p) => s + p.behind, 0), lang)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </TableScroll>
    </section>
  );
}

function Behind({ planId, list }: { planId: number; list: InitiativeSummary[] }) {
  const { t, lang } = useI18n();
  const caption = t('planDashboard.behindList');
  return (
    <section aria-labelledby="pdash-behind">
      <h2 id="pdash-behind">{caption}</h2>
      {list.length === 0 ? (
        <p>{t('planDashboard.noBehind')}</p>
      ) : (
        <>
          <TableScroll label={caption}>
            <table className="table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('initiative.path')}</th>
                  <th scope="col">{t('evaluation.col.title')}</th>
                  <th scope="col">{t('initiative.status')}</th>
                  <th scope="col">{t('planDashboard.reasons')}</th>
                  <th scope="col">{t('initiative.sections')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) => (
                  <tr key={i.id}>
                    <td className="nowrap plan-code-cell">{i.path}</td>
                    <th scope="row" className="wrap">
                      <Link to={`/initiatives/${i.id}`}>{i.title}</Link> <BehindMark />
                    </th>
                    <td>
                      <StatusChip status={i.status} fiscalYear={i.statusFiscalYear} />
                    </td>
                    <td className="wrap">
                      <ul className="plain-list">
                        {i.behindReasons.map((r, n) => (
                          <li key={n}>
                            {behindText(lang, r)}
                            {`（${formatFiscalYear(r.fiscalYear, lang)}）`}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="wrap">{i.sectionNames.join('、')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>
            <Link to={`/plans/${planId}?behind=1`}>{t('planDashboard.behindInTree')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function Trend({ trend, series }: { trend: YearCounts[]; series: StackSeries[] }) {
  const { t, lang } = useI18n();
  const grades = sortedGrades(useRatingGrades().data);
  const years = [...trend].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const gradeCodes = grades.length > 0 ? grades.map((g) => g.code) : [...new Set(years.flatMap((y) => Object.keys(y.ratings)))];
  const caption = t('planDashboard.trend');
  const reportedSeries = series.filter((s) => s.key !== 'NOT_REPORTED');
  return (
    <section aria-labelledby="pdash-trend">
      <h2 id="pdash-trend">{caption}</h2>
      {years.length === 0 ? (
        <p>{t('chart.noData')}</p>
      ) : (
        <>
          <StackedBarChart
            title={t('planDashboard.trendChartTitle')}
            description={t('planDashboard.trendChartDesc')}
            series={reportedSeries}
            categories={years.map((y) => ({
              label: formatFiscalYear(y.fiscalYear, lang),
              values: { ...y.byStatus },
            }))}
            format={(v) => formatNumber(v, lang)}
            categoryLabel={t('progress.fiscalYear')}
            emptyText={t('chart.noData')}
          />
          <TableScroll label={caption}>
            <table className="table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.fiscalYear')}</th>
                  <th scope="col" className="num">
                    {t('planDashboard.reported')}
                  </th>
                  {reportedSeries.map((s) => (
                    <th key={s.key} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                  {gradeCodes.map((code) => (
                    <th key={code} scope="col" className="num">
                      {t('planDashboard.ratingColumn', { grade: gradeText(lang, grades, code) })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.fiscalYear}>
                    <th scope="row" className="nowrap">
                      {formatFiscalYear(y.fiscalYear, lang)}
                    </th>
                    <td className="num">{formatNumber(y.reported, lang)}</td>
                    {reportedSeries.map((s) => (
                      <td key={s.key} className="num">
                        {formatNumber(countOf(y.byStatus, s.key as StatusKey), lang)}
                      </td>
                    ))}
                    {gradeCodes.map((code) => (
                      <td key={code} className="num">
                        {formatNumber(y.ratings[code] ?? 0, lang)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
