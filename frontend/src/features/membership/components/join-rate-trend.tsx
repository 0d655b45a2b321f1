import { LineChart } from '@/components/charts/line-chart';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatFiscalYearBoth } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useJoinRates } from '../api/get-join-rates';

/** joinRate null: no figures that year. */
type Point = { fiscalYear: number; joinRate: number | null };

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
      <TableScroll label={t('district.trend')}>
        <table className="table" data-testid="district-join-rates">
          <caption className="visually-hidden">{t('district.trend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('membership.fiscalYear')}</th>
              <th scope="col" className="num">
                {t('membership.households')}
              </th>
              <th scope="col" className="num">
                {t('membership.memberHouseholds')}
              </th>
              <th scope="col" className="num">
                {t('membership.joinRate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...rows].reverse().map((r) => (
              <tr key={r.fiscalYear}>
                <th scope="row">{formatFiscalYearBoth(r.fiscalYear, lang)}</th>
                <td className="num">{formatNumber(r.households, lang)}</td>
                <td className="num">{formatNumber(r.memberHouseholds, lang)}</td>
                <td className="num">{formatPercent(r.joinRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
