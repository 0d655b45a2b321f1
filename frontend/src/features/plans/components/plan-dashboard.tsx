import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { StackedBarChart, type StackSeries } from '@/components/charts/stacked-bar-chart';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { FilterActions } from '@/components/ui/filters';
import { QueryState } from '@/components/ui/query-state';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useDraft } from '@/lib/use-draft';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { useRatingGrades } from '../api/evaluations';
import { usePlanDashboard } from '../api/plans';
import type { InitiativeSummary, PillarCounts, StatusCounts, YearCounts } from '../api/types';
import { gradeText, sortedGrades, STATUS_KEYS, type StatusKey } from '../utils/format';
import { BehindMark, BehindReasons, StatusChip } from './marks';
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
        <FilterActions label={t('planDashboard.show')} />
      </form>
      <QueryState query={dashboard}>
        {(data) => (
          <div className="results" aria-busy={dashboard.isFetching}>
            {data.asOf ? <p className="lead">{t('planDashboard.asOfShown', { date: formatWarekiDate(data.asOf, lang) })}</p> : null}
            <Pillars pillars={data.pillars} series={series} />
            <Behind planId={planId} list={data.behind} />
            <Trend trend={data.trend} series={series} />
          </div>
        )}
      </QueryState>
    </>
  );
}

function Pillars({ pillars, series }: { pillars: PillarCounts[]; series: StackSeries[] }) {
  const { t, lang } = useI18n();
  const label = (p: PillarCounts) => [p.code, p.title].filter(Boolean).join(' ');
  const caption = t('planDashboard.byPillar');
  const sum = (value: (p: PillarCounts) => number) => formatNumber(pillars.reduce((s, p) => s + value(p), 0), lang);
  const count = (key: string, header: string, value: (p: PillarCounts) => number): Column<PillarCounts> => ({
    key,
    header,
    num: true,
    cell: (p) => formatNumber(value(p), lang),
    total: sum(value),
  });
  return (
    <Section id="pdash-pillars" title={caption}>
      <StackedBarChart
        title={t('planDashboard.chartTitle')}
        description={t('planDashboard.chartDesc')}
        series={series}
        categories={pillars.map((p) => ({ label: label(p), values: { ...p.byStatus } }))}
        format={(v) => formatNumber(v, lang)}
        categoryLabel={t('planDashboard.pillar')}
        emptyText={t('chart.noData')}
      />
      <DataTable
        label={caption}
        showCaption
        rows={pillars}
        rowKey={(p) => p.nodeId}
        foot={pillars.length > 1}
        columns={[
          {
            key: 'pillar',
            header: t('planDashboard.pillar'),
            rowHeader: true,
            className: 'wrap',
            cell: label,
            total: t('planDashboard.total'),
          },
          ...series.map((s) => count(s.key, s.label, (p) => countOf(p.byStatus, s.key as StatusKey))),
          count('total', t('planDashboard.total'), (p) => p.initiatives),
          count('behind', t('plan.behind'), (p) => p.behind),
        ]}
      />
    </Section>
  );
}

function Behind({ planId, list }: { planId: number; list: InitiativeSummary[] }) {
  const { t } = useI18n();
  const caption = t('planDashboard.behindList');
  return (
    <Section id="pdash-behind" title={caption}>
      {list.length === 0 ? (
        <p>{t('planDashboard.noBehind')}</p>
      ) : (
        <>
          <DataTable
            label={caption}
            rows={list}
            rowKey={(i) => i.id}
            columns={[
              { key: 'path', header: t('initiative.path'), className: 'nowrap plan-code-cell', cell: (i) => i.path },
              {
                key: 'title',
                header: t('evaluation.col.title'),
                rowHeader: true,
                className: 'wrap',
                cell: (i) => (
                  <>
                    <Link to={`/initiatives/${i.id}`}>{i.title}</Link> <BehindMark />
                  </>
                ),
              },
              {
                key: 'status',
                header: t('initiative.status'),
                cell: (i) => <StatusChip status={i.status} fiscalYear={i.statusFiscalYear} />,
              },
              {
                key: 'reasons',
                header: t('planDashboard.reasons'),
                className: 'wrap',
                cell: (i) => <BehindReasons reasons={i.behindReasons} />,
              },
              { key: 'sections', header: t('initiative.sections'), className: 'wrap', cell: (i) => i.sectionNames.join('、') },
            ]}
          />
          <p>
            <Link to={`/plans/${planId}?behind=1`}>{t('planDashboard.behindInTree')}</Link>
          </p>
        </>
      )}
    </Section>
  );
}

function Trend({ trend, series }: { trend: YearCounts[]; series: StackSeries[] }) {
  const { t, lang } = useI18n();
  const grades = sortedGrades(useRatingGrades().data);
  const years = [...trend].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const gradeCodes = grades.length > 0 ? grades.map((g) => g.code) : [...new Set(years.flatMap((y) => Object.keys(y.ratings)))];
  const caption = t('planDashboard.trend');
  const reportedSeries = series.filter((s) => s.key !== 'NOT_REPORTED');
  const count = (key: string, header: string, value: (y: YearCounts) => number): Column<YearCounts> => ({
    key,
    header,
    num: true,
    cell: (y) => formatNumber(value(y), lang),
  });
  return (
    <Section id="pdash-trend" title={caption}>
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
          <DataTable
            label={caption}
            showCaption
            rows={years}
            rowKey={(y) => y.fiscalYear}
            columns={[
              {
                key: 'year',
                header: t('progress.fiscalYear'),
                rowHeader: true,
                className: 'nowrap',
                cell: (y) => formatFiscalYear(y.fiscalYear, lang),
              },
              count('reported', t('planDashboard.reported'), (y) => y.reported),
              ...reportedSeries.map((s) => count(s.key, s.label, (y) => countOf(y.byStatus, s.key as StatusKey))),
              ...gradeCodes.map((code) =>
                count(
                  `grade-${code}`,
                  t('planDashboard.ratingColumn', { grade: gradeText(lang, grades, code) }),
                  (y) => y.ratings[code] ?? 0,
                ),
              ),
            ]}
          />
        </>
      )}
    </Section>
  );
}
