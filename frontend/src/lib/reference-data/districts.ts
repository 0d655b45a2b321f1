import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type DistrictSummary = components['schemas']['DistrictSummary'];

const MAX_PAGE_SIZE = 200;

/** Every district in code order (a city has a few hundred at most): for looking names up by id. */
export async function getAllDistricts(): Promise<DistrictSummary[]> {
  const all: DistrictSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await unwrap(api.GET('/api/v1/districts', { params: { query: { page, size: MAX_PAGE_SIZE, sort: 'code' } } }));
    const items = result.items;
    all.push(...items);
    if (items.length === 0 || all.length >= result.total) return all;
  }
}

export const allDistrictsQueryOptions = () =>
  queryOptions({ queryKey: ['districts', 'all'], queryFn: getAllDistricts, staleTime: 5 * 60_000 });

export function useAllDistricts() {
  return useQuery(allDistrictsQueryOptions());
}
