import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type District = components['schemas']['District'];

export const getDistrict = (id: number) => unwrap(api.GET('/api/v1/districts/{id}', { params: { path: { id } } }));

export const districtQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['districts', id], queryFn: () => getDistrict(id) });

export function useDistrict(id: number) {
  return useQuery(districtQueryOptions(id));
}
