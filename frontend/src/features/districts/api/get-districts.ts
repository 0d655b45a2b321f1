import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type DistrictSummary = components['schemas']['DistrictSummary'];
export type DistrictListParams = NonNullable<operations['listDistricts']['parameters']['query']>;

export const DISTRICT_PAGE_SIZE = 20;

export const getDistricts = (params: DistrictListParams) =>
  unwrap(api.GET('/api/v1/districts', { params: { query: params } }));

export const districtsQueryOptions = (params: DistrictListParams) =>
  queryOptions({
    queryKey: ['districts', 'list', params],
    queryFn: () => getDistricts(params),
    // Keep showing the old page while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export function useDistricts(params: DistrictListParams) {
  return useQuery(districtsQueryOptions(params));
}

const MAX_PAGE_SIZE = 200;

/** Every district in code order (a city has a few hundred at most): for looking names up by id. */
export async function getAllDistricts(): Promise<DistrictSummary[]> {
  const all: DistrictSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await getDistricts({ page, size: MAX_PAGE_SIZE, sort: 'code' });
    const items = result.items ?? [];
    all.push(...items);
    if (items.length === 0 || all.length >= (result.total ?? 0)) return all;
  }
}

export const allDistrictsQueryOptions = () =>
  queryOptions({ queryKey: ['districts', 'all'], queryFn: getAllDistricts, staleTime: 5 * 60_000 });

export function useAllDistricts() {
  return useQuery(allDistrictsQueryOptions());
}
