import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { formatSort, parseSort, SortHeader, type SortState } from '@/components/ui/sort-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatPercent } from '@/utils/format';
import { DISTRICT_PAGE_SIZE, useDistricts, type DistrictListParams } from '../api/get-districts';
import { useWards } from '@/lib/reference-data/wards';
import { useDraft } from '@/lib/use-draft';

/** The list state lives in the URL (?ward=&q=&sort=&page=), so it survives reload and can be shared. */
export function readListParams(search: URLSearchParams): DistrictListParams {
  const ward = Number(search.get('ward'));
  const page = Number(search.get('page'));
  const params: DistrictListParams = { page: Number.isInteger(page) && page > 0 ? page : 1, size: DISTRICT_PAGE_SIZE };
  if (Number.isInteger(ward) && ward > 0) params.wardId = ward;
  const q = search.get('q')?.trim();
  if (q) params.q = q;
  const sort = search.get('sort');
  if (sort) params.sort = sort;
  return params;
}

export function DistrictList() {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const districts = useDistricts(params);
  const wards = useWards();
  // Back/forward changes the URL under us; the box follows it.
  const [q, setQ] = useDraft(search.get('q') ?? '', search);
  const sort = parseSort(params.sort);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    // A new filter or order starts from the first page.
    next.delete('page');
    setSearch(next);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update({ q: q.trim() || undefined });
  };
  const onSort = (next: SortState) => update({ sort: formatSort(next) });

  const items = districts.data?.items ?? [];
  const total = districts.data?.total ?? 0;
  // Every row's rate is of the same fiscal year (the latest with figures unless one is asked for).
  const rateYear = items[0]?.fiscalYear;

  return (
    <>
      <form className="filters" role="search" onSubmit={onSubmit}>
        <SelectField
          label={t('district.ward')}
          value={params.wardId ? String(params.wardId) : ''}
          onChange={(e) => update({ ward: e.target.value || undefined })}
        >
          <option value="">{t('district.allWards')}</option>
          {wards.data?.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('district.search')}
          hint={t('district.searchHint')}
          type="search"
          name="q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="filters-actions">
          <Button type="submit">{t('district.searchSubmit')}</Button>
          {params.q || params.wardId || params.sort ? (
            <Button variant="link" onClick={() => setSearch(new URLSearchParams())}>
              {t('district.clear')}
            </Button>
          ) : null}
        </div>
      </form>

      {districts.isPending ? (
        <Loading />
      ) : districts.isError ? (
        <QueryError error={districts.error} onRetry={() => void districts.refetch()} />
      ) : (
        <div aria-busy={districts.isFetching} className="results">
          {items.length === 0 ? (
            <p className="empty" role="status">
              {t('list.empty')}
            </p>
          ) : (
            <TableScroll label={t('district.listTitle')}>
              <table className="table">
                <caption className="visually-hidden">
                  {t('district.listTitle')} ({t('list.total', { total })})
                </caption>
                <thead>
                  <tr>
                    <SortHeader label={t('district.code')} sortKey="code" sort={sort} onSort={onSort} />
                    <SortHeader label={t('district.name')} sortKey="name" sort={sort} onSort={onSort} />
                    <SortHeader label={t('district.ward')} sortKey="ward" sort={sort} onSort={onSort} />
                    <SortHeader
                      label={
                        rateYear === undefined || rateYear === null
                          ? t('district.joinRate')
                          : `${t('district.joinRate')} (${formatFiscalYear(rateYear, lang)})`
                      }
                      sortKey="joinRate"
                      sort={sort}
                      onSort={onSort}
                      className="num"
                    />
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <td className="nowrap">{d.code}</td>
                      <td>
                        <Link to={`/districts/${d.id}`}>{d.name}</Link>
                        <span className="kana" lang="ja">
                          {d.kana}
                        </span>
                      </td>
                      <td className="nowrap">{d.wardName}</td>
                      <td className="num">{formatPercent(d.joinRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination
            page={districts.data.page}
            size={districts.data.size}
            total={total}
          />
          {/* Announces the new count after a search without moving focus. */}
          <p className="visually-hidden" role="status">
            {t('list.total', { total })}
          </p>
        </div>
      )}
    </>
  );
}
