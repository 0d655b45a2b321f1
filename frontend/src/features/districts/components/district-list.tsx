import { Link } from 'react-router';
import type { Column } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort, type SortState } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { positiveParam, textAndOrder, useListSearch } from '@/lib/use-list-search';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatPercent } from '@/utils/format';
import { DISTRICT_PAGE_SIZE, useDistricts, type DistrictListParams, type DistrictSummary } from '../api/get-districts';
import { useWards } from '@/lib/reference-data/wards';

/** The list state lives in the URL (?ward=&q=&sort=&page=), so it survives reload and can be shared. */
export function readListParams(search: URLSearchParams): DistrictListParams {
  const wardId = positiveParam(search, 'ward');
  return {
    page: positiveParam(search, 'page') ?? 1,
    size: DISTRICT_PAGE_SIZE,
    ...(wardId ? { wardId } : {}),
    ...textAndOrder(search),
  };
}

export function DistrictList() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const params = readListParams(list.search);
  const districts = useDistricts(params);
  const wards = useWards();
  const sort = parseSort(params.sort);
  const onSort = (next: SortState) => list.update({ sort: formatSort(next) });

  const total = districts.data?.total ?? 0;
  // Every row's rate is of the same fiscal year (the latest with figures unless one is asked for).
  const rateYear = districts.data?.items[0]?.fiscalYear;
  const columns: Column<DistrictSummary>[] = [
    { key: 'code', header: t('district.code'), sortKey: 'code', className: 'nowrap', cell: (d) => d.code },
    {
      key: 'name',
      header: t('district.name'),
      sortKey: 'name',
      cell: (d) => (
        <>
          <Link to={`/districts/${d.id}`}>{d.name}</Link>
          <span className="kana" lang="ja">
            {d.kana}
          </span>
        </>
      ),
    },
    { key: 'ward', header: t('district.ward'), sortKey: 'ward', className: 'nowrap', cell: (d) => d.wardName },
    {
      key: 'joinRate',
      header:
        rateYear === undefined || rateYear === null
          ? t('district.joinRate')
          : `${t('district.joinRate')} (${formatFiscalYear(rateYear, lang)})`,
      sortKey: 'joinRate',
      num: true,
      cell: (d) => formatPercent(d.joinRate),
    },
  ];

  return (
    <>
      <form className="filters" role="search" onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('district.ward')}
          allLabel={t('district.allWards')}
          value={params.wardId}
          choices={(wards.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(ward) => list.update({ ward })}
        />
        <TextField
          label={t('district.search')}
          hint={t('district.searchHint')}
          type="search"
          name="q"
          value={list.q}
          onChange={(e) => list.setQ(e.target.value)}
        />
        <FilterActions onClear={params.q || params.wardId || params.sort ? list.clear : undefined} />
      </form>

      <PagedTable
        query={districts}
        label={t('district.listTitle')}
        caption={`${t('district.listTitle')} (${t('list.total', { total })})`}
        columns={columns}
        rowKey={(d) => d.id}
        sort={sort}
        onSort={onSort}
        announceTotal
      />
    </>
  );
}
