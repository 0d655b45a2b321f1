import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Crumb } from '@/components/layout/breadcrumbs';
import { Page } from '@/components/layout/page';
import { QueryState, type QueryLike } from '@/components/ui/query-state';
import { ApiError } from '@/lib/api-error';
import { useT, type TFunction } from '@/lib/i18n';
import { parseFiscalYear } from '@/utils/fiscal-year';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from './not-found';

/*
 * What the route modules share: reading the route's `:id` (and `:fiscalYear`), the states of the record a page
 * is about, and the breadcrumbs every staff page starts with.
 */

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/**
 * The route of a record's page: its `:id`, and the page mounted afresh for each id (its state is that record's);
 * a malformed id is the not-found page.
 */
export function idRoute(RecordPage: (props: { id: number }) => ReactNode) {
  return function IdRoute() {
    const id = parseId(useParams().id);
    if (id === undefined) return <NotFoundRoute />;
    return <RecordPage key={id} id={id} />;
  };
}

/** Like idRoute, for a plan's page of one fiscal year (`:id/…/:fiscalYear`). */
export function idYearRoute(YearPage: (props: { id: number; fiscalYear: number }) => ReactNode) {
  return function IdYearRoute() {
    const params = useParams();
    const id = parseId(params.id);
    const fiscalYear = parseFiscalYear(params.fiscalYear);
    if (id === undefined || fiscalYear === undefined) return <NotFoundRoute />;
    return <YearPage key={`${id}-${fiscalYear}`} id={id} fiscalYear={fiscalYear} />;
  };
}

/** Loading, a 404 as the not-found page (`notFound`), or any other failure with a retry; otherwise the page. */
export function Loaded<T>({
  query,
  notFound = <NotFoundRoute />,
  children,
}: {
  query: QueryLike<T>;
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isError && isNotFound(query.error)) return <>{notFound}</>;
  return <QueryState query={query}>{children}</QueryState>;
}

/** ホーム › …: the breadcrumbs of a staff page. */
export function crumbs(t: TFunction, ...rest: Crumb[]): Crumb[] {
  return [{ label: t('nav.home'), to: '/' }, ...rest];
}

/** A page the menu opens: its title, and ホーム › title. */
export function MenuPage({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: title })} actions={actions}>
      {children}
    </Page>
  );
}
