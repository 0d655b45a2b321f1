import type { ReactNode } from 'react';
import { Loading } from './loading';
import { QueryError } from './query-error';

/** What QueryState needs of a TanStack query. */
export type QueryLike<T> = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
};

/**
 * The states of a loaded thing, the same everywhere: 読み込み中…, a failure with a way to try again (`retry`
 * false: without), `empty` when `isEmpty` says there is nothing to show, else the children with the data.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  retry = true,
  children,
}: {
  query: QueryLike<T>;
  isEmpty?: (data: T) => boolean;
  /** The sentence shown instead of the children when `isEmpty`. */
  empty?: ReactNode;
  retry?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={retry ? () => void query.refetch() : undefined} />;
  const data = query.data as T;
  if (isEmpty?.(data)) return <p>{empty}</p>;
  return <>{children(data)}</>;
}
