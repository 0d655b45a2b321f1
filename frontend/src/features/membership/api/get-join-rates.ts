import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type JoinRate = components['schemas']['JoinRate'];
export type JoinRateParams = NonNullable<operations['listJoinRates']['parameters']['query']>;

const MAX_PAGE_SIZE = 200;

export const getJoinRates = async (params: JoinRateParams): Promise<JoinRate[]> => {
  const page = await unwrap(api.GET('/api/v1/join-rates', { params: { query: { size: MAX_PAGE_SIZE, ...params } } }));
  return page.items;
};

export const joinRatesQueryOptions = (params: JoinRateParams) =>
  queryOptions({ queryKey: ['join-rates', params], queryFn: () => getJoinRates(params) });

export function useJoinRates(params: JoinRateParams) {
  return useQuery(joinRatesQueryOptions(params));
}
