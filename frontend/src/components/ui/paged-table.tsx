import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { DataTable, type DataTableProps } from './data-table';
import { Pagination } from './pagination';
import { QueryState, type QueryLike } from './query-state';

export type PageOf<T> = { items: T[]; total: number; page: number; size: number };

/**
 * A page of a server-paged list: loading and failure, the table (or `empty`, by default 該当するデータはありません as a
 * status), the page links, and with `announceTotal` the count as a status, so a new search is heard without moving
 * focus. While the next page loads the previous stays, marked busy.
 */
export function PagedTable<T>({
  query,
  empty,
  announceTotal = false,
  ...table
}: {
  query: QueryLike<PageOf<T>> & { isFetching: boolean };
  empty?: ReactNode;
  announceTotal?: boolean;
} & Omit<DataTableProps<T>, 'rows'>) {
  const t = useT();
  return (
    <QueryState query={query}>
      {(page) => (
        <div className="results" aria-busy={query.isFetching}>
          {page.items.length === 0 ? (
            (empty ?? (
              <p className="empty" role="status">
                {t('list.empty')}
              </p>
            ))
          ) : (
            <DataTable rows={page.items} {...table} />
          )}
          <Pagination page={page.page} size={page.size} total={page.total} />
          {announceTotal ? (
            <p className="visually-hidden" role="status">
              {t('list.total', { total: page.total })}
            </p>
          ) : null}
        </div>
      )}
    </QueryState>
  );
}
