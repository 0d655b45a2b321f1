import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapVersioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Organization = components['schemas']['Organization'];

export const organizationQueryKey = (id: number) => ['organizations', id] as const;

/** With its ETag: the edit form sends it back in If-Match. */
export const getOrganization = (id: number) =>
  unwrapVersioned(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));

export const organizationQueryOptions = (id: number) =>
  queryOptions({ queryKey: organizationQueryKey(id), queryFn: () => getOrganization(id) });

export function useOrganization(id: number) {
  return useQuery(organizationQueryOptions(id));
}
