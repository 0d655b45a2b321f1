import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Officer = components['schemas']['Officer'];
export type OfficerRole = components['schemas']['OfficerRole'];

/** 会長, 副会長, 会計, 事務局長, 監事, その他: the order an officer list is read in. */
export const OFFICER_ROLES: readonly OfficerRole[] = [
  'CHAIR',
  'VICE_CHAIR',
  'TREASURER',
  'SECRETARY_GENERAL',
  'AUDITOR',
  'OTHER',
];

/** By role in that order, then by the start of the term (earliest first), then as entered. */
export function sortOfficers(officers: readonly Officer[]): Officer[] {
  const rank = (r: OfficerRole | undefined) => {
    const i = r ? OFFICER_ROLES.indexOf(r) : -1;
    return i < 0 ? OFFICER_ROLES.length : i;
  };
  return [...officers].sort(
    (a, b) =>
      rank(a.role) - rank(b.role) ||
      a.termStart.localeCompare(b.termStart) ||
      a.id - b.id,
  );
}

/** Where an officer's term stands on a day (ISO dates compare as text). */
export function termStatus(o: Officer, today: string): 'ended' | 'upcoming' | 'current' {
  if (o.termEnd && o.termEnd < today) return 'ended';
  if (o.termStart && o.termStart > today) return 'upcoming';
  return 'current';
}

// An organization has a handful of officers, past terms included; one page of the maximum size holds them.
const MAX_PAGE_SIZE = 200;

export const getOfficers = async (organizationId: number): Promise<Officer[]> => {
  const page = await unwrap(
    api.GET('/api/v1/organizations/{id}/officers', {
      params: { path: { id: organizationId }, query: { size: MAX_PAGE_SIZE } },
    }),
  );
  return page.items;
};

export const officersQueryKey = (organizationId: number) => ['organizations', organizationId, 'officers'] as const;

export const officersQueryOptions = (organizationId: number) =>
  queryOptions({ queryKey: officersQueryKey(organizationId), queryFn: () => getOfficers(organizationId) });

export function useOfficers(organizationId: number | undefined) {
  return useQuery({ ...officersQueryOptions(organizationId ?? 0), enabled: organizationId !== undefined });
}
