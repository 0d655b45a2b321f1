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
