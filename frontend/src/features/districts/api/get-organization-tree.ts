import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, allItems } from '@/lib/api-client';
import type { components } from '@/types/api';

export type OrganizationNode = components['schemas']['OrganizationTreeNode'];

export const getOrganizationTree = (districtId: number) =>
  allItems((query) => api.GET('/api/v1/districts/{id}/organization-tree', { params: { path: { id: districtId }, query } }));

export const organizationTreeQueryOptions = (districtId: number) =>
  queryOptions({
    queryKey: ['districts', districtId, 'organization-tree'],
    queryFn: () => getOrganizationTree(districtId),
  });

export function useOrganizationTree(districtId: number) {
  return useQuery(organizationTreeQueryOptions(districtId));
}
