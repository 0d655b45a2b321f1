import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Officer = components['schemas']['Officer'];

// An organization has a handful of officers, past terms included; one page of the maximum size holds them.
const MAX_PAGE_SIZE = 200;

export const getOfficers = async (organizationId: number): Promise<Officer[]> => {
  const page = await unwrap(
    api.GET('/api/v1/organizations/{id}/officers', {
      params: { path: { id: organizationId }, query: { size: MAX_PAGE_SIZE } },
    }),
  );
  return page.items ?? [];
};

export const officersQueryOptions = (organizationId: number) =>
  queryOptions({ queryKey: ['organizations', organizationId, 'officers'], queryFn: () => getOfficers(organizationId) });

export function useOfficers(organizationId: number | undefined) {
  return useQuery({ ...officersQueryOptions(organizationId ?? 0), enabled: organizationId !== undefined });
}
