import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import type { Indicator } from '../api/types';
import { formatValue } from '../utils/format';

/**
 * 指標: target against actual. A live one (自動集計) is marked, since nobody typed its actual: it is computed from
 * the system's figures for the year, with the baseline it is compared to where there is one.
 */
export function IndicatorTable({ indicators, caption }: { indicators: Indicator[]; caption: string }) {
  const { t, lang } = useI18n();
  const hasScope = indicators.some((i) => i.scopeName);
  return (
    <TableScroll label={caption}>
      <table className="table table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.indicatorName')}</th>
            {hasScope ? <th scope="col">{t('progress.scopeLevel')}</th> : null}
            <th scope="col" className="num">
              {t('progress.target')}
            </th>
            <th scope="col" className="num">
              {t('progress.actual')}
            </th>
            <th scope="col">{t('progress.baselineColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind, n) => (
            <tr key={n}>
              <th scope="row" className="wrap">
                {ind.name}
                {ind.live ? (
                  <>
                    {' '}
                    <span className="tag tag-live">{t('progress.live')}</span>
                  </>
                ) : null}
              </th>
              {hasScope ? <td>{ind.scopeName ?? ''}</td> : null}
              <td className="num">{formatValue(ind.target, lang, ind.unit)}</td>
              <td className="num">
                {ind.live && ind.actual === undefined ? t('progress.noData') : formatValue(ind.actual, lang, ind.unit)}
              </td>
              <td>
                {ind.baseline?.value !== undefined
                  ? t('progress.baseline', {
                      year: formatFiscalYear(ind.baseline.fiscalYear, lang),
                      value: formatValue(ind.baseline.value, lang, ind.unit),
                    })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
