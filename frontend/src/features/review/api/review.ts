import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, allItems } from '@/lib/api-client';
import type { components } from '@/types/api';

export type ReviewCycle = components['schemas']['ReviewCycle'];
export type ReviewItem = components['schemas']['ReviewItem'];
export type DecisionInput = components['schemas']['DecisionInput'];
export type SelfAssessmentInput = components['schemas']['SelfAssessmentInput'];
export type ReductionDashboard = components['schemas']['ReductionDashboard'];
export type ReductionFigures = components['schemas']['ReductionFigures'];

/** ETag of a review item: `"0"` until something is recorded. */
export const itemEtag = (item: ReviewItem) => `"${item.version}"`;

export function useReviewCycles() {
  return useQuery({
    queryKey: ['review-cycles'],
    queryFn: () => allItems((query) => api.GET('/api/v1/review-cycles', { params: { query } })),
  });
}

export const REVIEW_PAGE_SIZE = 50;

export function useReviewItems(cycleId: number | undefined, page: number) {
  return useQuery({
    queryKey: ['review-cycles', cycleId, 'items', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/review-cycles/{id}/items', {
          params: { path: { id: cycleId ?? 0 }, query: { page, size: REVIEW_PAGE_SIZE } },
        }),
      ),
    enabled: cycleId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(cycleId: number) {
  return useQuery({
    queryKey: ['review-cycles', cycleId, 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/review-cycles/{id}/dashboard', { params: { path: { id: cycleId } } })),
  });
}

function useInvalidateReview() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['review-cycles'] });
    void client.invalidateQueries({ queryKey: ['city-requests'] });
  };
}

export function useDecide(cycleId: number, item: ReviewItem) {
  const done = useInvalidateReview();
  return useMutation({
    mutationFn: (body: DecisionInput) =>
      unwrap(
        api.PUT('/api/v1/review-cycles/{id}/items/{requestId}/decision', {
          params: { path: { id: cycleId, requestId: item.requestId }, header: { 'If-Match': itemEtag(item) } },
          body,
        }),
      ),
    onSuccess: done,
  });
}

export function useSelfAssess(cycleId: number, item: ReviewItem) {
  const done = useInvalidateReview();
  return useMutation({
    mutationFn: (body: SelfAssessmentInput) =>
      unwrap(
        api.PUT('/api/v1/review-cycles/{id}/items/{requestId}/self-assessment', {
          params: { path: { id: cycleId, requestId: item.requestId }, header: { 'If-Match': itemEtag(item) } },
          body,
        }),
      ),
    onSuccess: done,
  });
}

export function useComplete(cycleId: number, item: ReviewItem) {
  const done = useInvalidateReview();
  return useMutation({
    mutationFn: (note: string) =>
      unwrap(
        api.POST('/api/v1/review-cycles/{id}/items/{requestId}/completion', {
          params: { path: { id: cycleId, requestId: item.requestId }, header: { 'If-Match': itemEtag(item) } },
          body: { note: note || undefined },
        }),
      ),
    onSuccess: done,
  });
}
