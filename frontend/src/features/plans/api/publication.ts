import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, allItems } from '@/lib/api-client';
import { planKeys } from './keys';
import { publicKeys } from './public-reports';
import type { PublicationInput } from './types';

/* 公表: the years published, publishing one (a snapshot) and the preview of what would be published. */

export function usePublishedReports(planId: number) {
  return useQuery({
    queryKey: planKeys.published(planId),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/plans/{id}/reports', { params: { path: { id: planId }, query } })),
  });
}

/**
 * 公表: stores the year's snapshot; the public pages read only these. The Idempotency-Key makes a publication
 * repeated after a lost answer add one revision.
 */
export function usePublish(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: PublicationInput; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/plans/{id}/reports', {
          params: { path: { id: planId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.all });
      void client.invalidateQueries({ queryKey: publicKeys.all });
    },
  });
}

/** The report as it would be published now. */
export function useReportPreview(planId: number, fiscalYear: number) {
  return useQuery({
    queryKey: planKeys.preview(planId, fiscalYear),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/reports/{fiscalYear}/preview', {
          params: { path: { id: planId, fiscalYear } },
        }),
      ),
    staleTime: 0,
  });
}
