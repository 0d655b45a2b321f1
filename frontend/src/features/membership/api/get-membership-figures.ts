import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type MembershipFigure = components['schemas']['MembershipFigure'];
export type AreaCountMethod = components['schemas']['AreaCountMethod'];

export const AREA_COUNT_METHODS: readonly AreaCountMethod[] = ['RESIDENT_REGISTRY', 'OWN_COUNT', 'SURVEY'];

export const membershipFiguresQueryKey = (organizationId: number) =>
  ['organizations', organizationId, 'membership-figures'] as const;

// One row per fiscal year: the maximum page covers two centuries of figures.
const MAX_PAGE_SIZE = 200;

export const getMembershipFigures = async (organizationId: number): Promise<MembershipFigure[]> => {
  const page = await unwrap(
    api.GET('/api/v1/organizations/{id}/membership-figures', {
      params: { path: { id: organizationId }, query: { size: MAX_PAGE_SIZE } },
    }),
  );
  return page.items;
};

export const membershipFiguresQueryOptions = (organizationId: number) =>
  queryOptions({
    queryKey: membershipFiguresQueryKey(organizationId),
    queryFn: () => getMembershipFigures(organizationId),
  });

export function useMembershipFigures(organizationId: number) {
  return useQuery(membershipFiguresQueryOptions(organizationId));
}
