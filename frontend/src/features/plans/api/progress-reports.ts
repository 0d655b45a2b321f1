import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, allItems } from '@/lib/api-client';
import { planKeys } from './keys';
import { ifMatch, MAX_PAGE_SIZE } from './support';
import type { ProgressReportInput } from './types';

/* 進捗報告: an initiative's reports, one report, recording and changing them, and what indicators can bind to. */

export function useProgressReports(initiativeId: number) {
  return useQuery({
    queryKey: planKeys.reports(initiativeId),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/initiatives/{id}/progress-reports', {
          params: { path: { id: initiativeId }, query: { size: MAX_PAGE_SIZE } },
        }),
      );
      return page.items;
    },
  });
}

/** A report with the ETag to send back when it is changed. */
export function useProgressReport(id: number) {
  return useQuery({
    queryKey: planKeys.report(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/progress-reports/{id}', { params: { path: { id } } })),
  });
}

export function useIndicatorBindings() {
  return useQuery({
    queryKey: ['indicator-bindings'],
    queryFn: () => allItems((query) => api.GET('/api/v1/indicator-bindings', { params: { query } })),
    staleTime: Infinity,
  });
}

/**
 * Records a period's progress (POST, with an Idempotency-Key kept for the life of the form) or changes a report
 * (PUT with If-Match). The tree, the dashboard, the initiative and its timeline all show the new status.
 */
export function useSaveProgressReport(initiativeId: number, reportId: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: ProgressReportInput; etag?: string; idempotencyKey: string }) =>
      reportId === undefined
        ? unwrap(
            api.POST('/api/v1/initiatives/{id}/progress-reports', {
              params: { path: { id: initiativeId }, header: { 'Idempotency-Key': idempotencyKey } },
              body,
            }),
          )
        : unwrap(
            api.PUT('/api/v1/progress-reports/{id}', {
              params: { path: { id: reportId }, header: ifMatch(etag) },
              body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}
