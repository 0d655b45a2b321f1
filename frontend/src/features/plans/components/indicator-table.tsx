import { DataTable } from '@/components/ui/data-table';
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
    <DataTable
      label={caption}
      showCaption
      className="table-compact"
      rows={indicators}
      rowKey={(_ind, n) => n}
      columns={[
        {
          key: 'name',
          header: t('progress.indicatorName'),
          rowHeader: true,
          className: 'wrap',
          cell: (ind) => (
            <>
              {ind.name}
              {ind.live ? (
                <>
                  {' '}
                  <span className="tag tag-live">{t('progress.live')}</span>
                </>
              ) : null}
            </>
          ),
        },
        hasScope && { key: 'scope', header: t('progress.scopeLevel'), cell: (ind) => ind.scopeName ?? '' },
        { key: 'target', header: t('progress.target'), num: true, cell: (ind) => formatValue(ind.target, lang, ind.unit) },
        {
          key: 'actual',
          header: t('progress.actual'),
          num: true,
          cell: (ind) =>
            ind.live && ind.actual === undefined ? t('progress.noData') : formatValue(ind.actual, lang, ind.unit),
        },
        {
          key: 'baseline',
          header: t('progress.baselineColumn'),
          cell: (ind) =>
            ind.baseline?.value !== undefined
              ? t('progress.baseline', {
                  year: formatFiscalYear(ind.baseline.fiscalYear, lang),
                  value: formatValue(ind.baseline.value, lang, ind.unit),
                })
              : '—',
        },
      ]}
    />
  );
}
