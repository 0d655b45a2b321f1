import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Ward = components['schemas']['Ward'];

const MAX_PAGE_SIZE = 200;

/** All wards in reading order: a city has a handful, one page holds them. */
export const getWards = async (): Promise<Ward[]> => {
  const page = await unwrap(api.GET('/api/v1/wards', { params: { query: { size: MAX_PAGE_SIZE, sort: 'kana' } } }));
  return page.items;
};

// Wards change perhaps once a decade; keep them for the whole visit.
export const wardsQueryOptions = () => queryOptions({ queryKey: ['wards'], queryFn: getWards, staleTime: Infinity });

export function useWards() {
  return useQuery(wardsQueryOptions());
}
