import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { planKeys } from './keys';
import { ifMatch, unwrapWithEtag } from './support';
import type { CorrectionInput, EvaluationSheet, EvaluationSheetInput } from './types';

/* 評価: the rating scale, a year's evaluation sheet (save, 確定) and corrections (訂正) of published evaluations. */

/** 評価の尺度; anyone may read it (also without signing in). */
export function useRatingGrades() {
  return useQuery({
    queryKey: ['rating-grades'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/rating-grades'))).grades,
    staleTime: 5 * 60_000,
  });
}

/** The year's sheet, with the ETag if the server sends one (the rows carry their own versions). */
export function useEvaluationSheet(planId: number, fiscalYear: number) {
  return useQuery({
    queryKey: planKeys.sheet(planId, fiscalYear),
    queryFn: () =>
      unwrapWithEtag(
        api.GET('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', {
          params: { path: { id: planId, fiscalYear } },
        }),
      ),
  });
}

function useSheetResult(planId: number, fiscalYear: number) {
  const client = useQueryClient();
  return (sheet: EvaluationSheet, etag?: string) => {
    client.setQueryData(planKeys.sheet(planId, fiscalYear), { data: sheet, etag: etag ?? '' });
    void client.invalidateQueries({ queryKey: planKeys.all });
  };
}

/** Saves the drafts of the rows sent (and the opinion) in one transaction. */
export function useSaveEvaluationSheet(planId: number, fiscalYear: number) {
  const done = useSheetResult(planId, fiscalYear);
  return useMutation({
    mutationFn: ({ body, etag }: { body: EvaluationSheetInput; etag?: string }) =>
      unwrapWithEtag(
        api.PUT('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', {
          params: { path: { id: planId, fiscalYear }, header: ifMatch(etag) },
          body,
        }),
      ),
    onSuccess: (result) => done(result.data, result.etag),
  });
}

/** 確定: every draft of the year becomes final. */
export function useFinalizeSheet(planId: number, fiscalYear: number) {
  const done = useSheetResult(planId, fiscalYear);
  return useMutation({
    mutationFn: () =>
      unwrapWithEtag(
        api.POST('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}/finalization', {
          params: { path: { id: planId, fiscalYear } },
        }),
      ),
    onSuccess: (result) => done(result.data, result.etag),
  });
}

/** 訂正: a new draft revision of a published evaluation, with the reason. */
export function useCorrectEvaluation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ evaluationId, body }: { evaluationId: number; body: CorrectionInput }) =>
      unwrap(
        api.POST('/api/v1/evaluations/{id}/corrections', {
          params: { path: { id: evaluationId } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}
