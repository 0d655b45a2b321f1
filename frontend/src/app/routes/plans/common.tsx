import type { ReactNode } from 'react';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import type { PlanDetail } from '@/features/plans/api/types';
import { ApiError } from '@/lib/api-error';
import type { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { NotFoundRoute } from '../not-found';

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Loading, a 404 as the not-found page, or any other failure with a retry; otherwise the page. */
export function Loaded<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundRoute />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data as T)}</>;
}

export function planPeriod(t: ReturnType<typeof useI18n>['t'], lang: 'ja' | 'en', plan: PlanDetail): string {
  return t('plan.periodRange', {
    from: formatFiscalYear(plan.fromFiscalYear, lang),
    to: formatFiscalYear(plan.toFiscalYear, lang),
  });
}

export function planCrumb(plan: PlanDetail, lang: 'ja' | 'en') {
  return { label: lang === 'en' ? plan.nameEn ?? plan.name : plan.name, to: `/plans/${plan.id}` };
}

export const planName = (plan: PlanDetail, lang: 'ja' | 'en') => lang === 'en' ? plan.nameEn ?? plan.name : plan.name;
