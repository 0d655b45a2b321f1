import { useState } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { FilterSelect } from '@/components/ui/filters';
import { QueryState } from '@/components/ui/query-state';
import type { SortState } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { fiscalYearChoices, fiscalYearOf, formatFiscalYear } from '@/utils/fiscal-year';
import { formatPercent } from '@/utils/format';
import { useResponseTimes, type ResponseTimeRow } from '../api/voices';
import './voices.css';

type Key = 'section' | 'received' | 'answered' | 'open' | 'overdue' | 'median' | 'share';

const value: Record<Key, (r: ResponseTimeRow) => number | string | undefined> = {
  section: (r) => r.sectionName ?? '',
  received: (r) => r.received,
  answered: (r) => r.answered,
  open: (r) => r.open,
  overdue: (r) => r.overdue,
  median: (r) => r.medianDaysToAnswer ?? undefined,
  share: (r) => r.shareWithinTarget ?? undefined,
};

/** Rows in the order asked for; rows without a value (no answer yet) go last either way. */
function sorted(rows: readonly ResponseTimeRow[], sort: SortState): ResponseTimeRow[] {
  if (!sort) return [...rows];
  const get = sort.key in value ? value[sort.key as Key] : value.section;
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'ja') : x - (y as number);
    return sort.desc ? -c : c;
  });
}

/** 回答状況: per section, for one fiscal year — how many voices, how quickly answered, how many late. */
export function ResponseTimesTable() {
  const { t, lang } = useI18n();
  const [fiscalYear, setFiscalYear] = useState<number>(() => fiscalYearOf(new Date()));
  const [sort, setSort] = useState<SortState>({ key: 'received', desc: true });
  const figures = useResponseTimes(fiscalYear);
  const days = (n: number | undefined) => (n === undefined ? '—' : t('voices.days', { n: Math.round(n * 10) / 10 }));
  return (
    <>
      <form className="filters" aria-label={t('figures.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label={t('voices.fiscalYear')}
          allLabel={t('figures.allYears')}
          value={fiscalYear}
          choices={fiscalYearChoices().map((y) => ({ value: y, label: formatFiscalYear(y, lang) }))}
          onChange={(fy) => setFiscalYear(Number(fy) || 0)}
        />
      </form>
      <QueryState query={figures}>
        {(data) => (
          <>
            <p>{t('figures.lead', { days: data.targetDays })}</p>
            {data.rows.length === 0 ? (
              <p>{t('figures.empty')}</p>
            ) : (
              <DataTable
                label={t('figures.title')}
                rows={sorted(data.rows, sort)}
                rowKey={(r) => `${r.fiscalYear}-${r.sectionId ?? 0}`}
                sort={sort}
                onSort={setSort}
                columns={[
                  {
                    key: 'section',
                    header: t('voices.section'),
                    rowHeader: true,
                    sortKey: 'section',
                    cell: (r) => (
                      <>
                        {r.sectionName ?? t('voices.notRouted')}
                        {fiscalYear ? null : <span className="muted"> {formatFiscalYear(r.fiscalYear, lang)}</span>}
                      </>
                    ),
                  },
                  { key: 'received', header: t('figures.received'), num: true, sortKey: 'received', cell: (r) => r.received },
                  { key: 'answered', header: t('figures.answered'), num: true, sortKey: 'answered', cell: (r) => r.answered },
                  { key: 'open', header: t('figures.open'), num: true, sortKey: 'open', cell: (r) => r.open },
                  { key: 'overdue', header: t('figures.overdue'), num: true, sortKey: 'overdue', cell: (r) => r.overdue },
                  {
                    key: 'median',
                    header: t('figures.median'),
                    num: true,
                    sortKey: 'median',
                    cell: (r) => days(r.medianDaysToAnswer ?? undefined),
                  },
                  {
                    key: 'share',
                    header: t('figures.withinTarget', { days: data.targetDays }),
                    sortKey: 'share',
                    cell: (r) =>
                      r.shareWithinTarget === undefined ? (
                        '—'
                      ) : (
                        <span className="response-bar">
                          <span className="response-bar-track" aria-hidden="true">
                            <span className="response-bar-fill" style={{ display: 'block', width: `${r.shareWithinTarget * 100}%` }} />
                          </span>
                          <span>{formatPercent(r.shareWithinTarget, 0)}</span>
                        </span>
                      ),
                  },
                ]}
              />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
