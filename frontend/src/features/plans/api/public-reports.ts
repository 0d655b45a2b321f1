import { useQuery } from '@tanstack/react-query';
import { api, unwrap, allItems } from '@/lib/api-client';
import { query } from './support';

/* 公表資料 for anyone, without signing in: the list, one report, and its open data. */

export const publicKeys = {
  all: ['public-reports'] as const,
  list: () => ['public-reports', 'list'] as const,
  report: (code: string, fy: number, revision: number | undefined) =>
    ['public-reports', code, fy, revision ?? 0] as const,
};

export function usePublicReports() {
  return useQuery({
    queryKey: publicKeys.list(),
    queryFn: () => allItems((query) => api.GET('/api/v1/public/reports', { params: { query } })),
  });
}

export function usePublicReport(planCode: string, fiscalYear: number, revision: number | undefined) {
  return useQuery({
    queryKey: publicKeys.report(planCode, fiscalYear, revision),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/public/reports/{planCode}/{fiscalYear}', {
          params: { path: { planCode, fiscalYear }, query: query({ revision }) },
        }),
      ),
    // A published report never changes (a correction is a new revision).
    staleTime: Infinity,
  });
}

/** Open data of a published year: one row per initiative (CSV is UTF-8 with BOM). A plain link: nothing to sign. */
export function openDataUrl(planCode: string, fiscalYear: number, format: 'csv' | 'json'): string {
  return `/api/v1/public/reports/${encodeURIComponent(planCode)}/${fiscalYear}/initiatives${format === "csv" ? "/csv" : ""}`;
}
