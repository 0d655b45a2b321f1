import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { planKeys } from './keys';
import { MAX_PAGE_SIZE, query } from './support';

/* 計画: the plans, one plan, its tree (柱 → 施策 → 取り組み) and its progress dashboard. */

export function usePlans() {
  return useQuery({
    queryKey: planKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { size: MAX_PAGE_SIZE } } })),
  });
}

export function usePlan(id: number | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The filters of GET /plans/{id}/tree, as the API names them. */
export type TreeQuery = {
  pillarId?: number;
  sectionId?: number;
  tag?: string;
  targetKind?: string;
  behind?: boolean;
  q?: string;
  asOf?: string;
};

export function usePlanTree(id: number, filters: TreeQuery = {}) {
  return useQuery({
    queryKey: planKeys.tree(id, filters),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/tree', { params: { path: { id }, query: query(filters) } })),
    placeholderData: keepPreviousData,
  });
}

export function usePlanDashboard(id: number, asOf: string | undefined) {
  return useQuery({
    queryKey: planKeys.dashboard(id, asOf),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/dashboard', { params: { path: { id }, query: query({ asOf }) } })),
    placeholderData: keepPreviousData,
  });
}
