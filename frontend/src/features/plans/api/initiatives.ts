import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, allItems } from '@/lib/api-client';
import { planKeys } from './keys';
import { ifMatch } from './support';
import type { MilestoneStatus } from './types';

/* 取り組み: one initiative, its timeline, its evaluations over the years and its milestones (工程). */

export function useInitiative(id: number) {
  return useQuery({
    queryKey: planKeys.initiative(id),
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/{id}', { params: { path: { id } } })),
  });
}

export function useTimeline(initiativeId: number) {
  return useQuery({
    queryKey: planKeys.timeline(initiativeId),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/initiatives/{id}/timeline', { params: { path: { id: initiativeId }, query } })),
  });
}

export function useInitiativeEvaluations(initiativeId: number, enabled = true) {
  return useQuery({
    queryKey: planKeys.evaluations(initiativeId),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/initiatives/{id}/evaluations', { params: { path: { id: initiativeId }, query } })),
    enabled,
  });
}

/** Sets a milestone's status (工程の状況; DONE records today as the day it was done). */
export function useUpdateMilestone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, status }: { id: number; version: number; status: MilestoneStatus }) =>
      unwrap(
        api.PUT('/api/v1/milestones/{id}', {
          params: { path: { id }, header: ifMatch(`"${version}"`) },
          body: { status },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}
