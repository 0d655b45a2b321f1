import { LineChart } from '@/components/charts/line-chart';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useI18n, type Lang, type TFunction } from '@/lib/i18n';
import { formatFiscalYear, formatFiscalYearBoth } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useJoinRates } from '../api/get-join-rates';

/** joinRate null: no figures that year. */
type Point = { fiscalYear: number; joinRate: number | null };

type Figures = Point & { households: number | null; memberHouseholds: number | null };

/** 年度, 世帯数, 加入世帯数, 加入率: the columns every table of figures starts with. */
export function figureColumns<T extends Figures>(
  t: TFunction,
  lang: Lang,
  joinRateTestId?: (row: T) => string,
): Column<T>[] {
  return [
    { key: 'year', header: t('membership.fiscalYear'), rowHeader: true, cell: (f) => formatFiscalYearBoth(f.fiscalYear, lang) },
    { key: 'households', header: t('membership.households'), num: true, cell: (f) => formatNumber(f.households, lang) },
    {
      key: 'memberHouseholds',
      header: t('membership.memberHouseholds'),
      num: true,
      cell: (f) => formatNumber(f.memberHouseholds, lang),
    },
    {
      key: 'joinRate',
      header: t('membership.joinRate'),
      num: true,
      cell: (f) => formatPercent(f.joinRate),
      cellProps: joinRateTestId && ((f) => ({ 'data-testid': joinRateTestId(f) })),
    },
  ];
}

/** 加入率の推移 as a chart; the numbers are in the chart's own hidden table. */
export function MembershipTrendChart({ points }: { points: Point[] }) {
  const { t, lang } = useI18n();
  const known = points.flatMap((p) => (p.joinRate === null ? [] : [p.joinRate]));
  const first = points[0];
  const last = points[points.length - 1];
  const description =
    first && last && known.length > 0
      ? t('chart.joinRateDesc', {
          from: formatFiscalYear(first.fiscalYear, lang),
          to: formatFiscalYear(last.fiscalYear, lang),
          min: formatPercent(Math.min(...known)),
          max: formatPercent(Math.max(...known)),
        })
      : t('chart.noData');
  return (
    <LineChart
      title={t('chart.joinRateTitle')}
      description={description}
      emptyText={t('chart.noData')}
      points={points.map((p) => ({ label: formatFiscalYear(p.fiscalYear, lang), value: p.joinRate }))}
      format={(v) => formatPercent(v)}
      formatTick={(v) => formatPercent(v, 0)}
      domain={[0, 1]}
      valueLabel={t('membership.joinRate')}
      categoryLabel={t('membership.fiscalYear')}
      tableCaption={t('chart.dataTable')}
    />
  );
}

/** The district's join rate per fiscal year: chart and a visible table with the counts. */
export function DistrictJoinRateTrend({ districtId }: { districtId: number }) {
  const { t, lang } = useI18n();
  const rates = useJoinRates({ level: 'DISTRICT', districtId });
  if (rates.isPending) return <Loading />;
  if (rates.isError) return <QueryError error={rates.error} onRetry={() => void rates.refetch()} />;
  const rows = [...rates.data].sort((a, b) => a.fiscalYear - b.fiscalYear);
  if (rows.length === 0) return <p>{t('chart.noData')}</p>;
  return (
    <>
      <MembershipTrendChart points={rows.map((r) => ({ fiscalYear: r.fiscalYear, joinRate: r.joinRate }))} />
      <DataTable
        label={t('district.trend')}
        testId="district-join-rates"
        rows={[...rows].reverse()}
        rowKey={(r) => r.fiscalYear}
        columns={figureColumns(t, lang)}
      />
    </>
  );
}
