import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type RetiringChair = components['schemas']['Officer'];

const MAX_PAGE_SIZE = 200;

/**
 * 感謝状の対象者: chairs of district councils whose term ended within the fiscal year, in the
 * reading order of their councils. A city has a few hundred districts at most; every page is read.
 */
export async function getRetiringChairs(fiscalYear: number): Promise<RetiringChair[]> {
  const all: RetiringChair[] = [];
  for (let page = 1; ; page++) {
    const result = await unwrap(
      api.GET('/api/v1/officers', {
        params: {
          query: {
            role: 'CHAIR',
            organizationKind: 'DISTRICT_COUNCIL',
            termEndedInFiscalYear: fiscalYear,
            sort: 'organization,termEnd',
            page,
            size: MAX_PAGE_SIZE,
          },
        },
      }),
    );
    const items = result.items;
    all.push(...items);
    if (items.length === 0 || all.length >= result.total) return all;
  }
}

export const retiringChairsQueryOptions = (fiscalYear: number) =>
  queryOptions({
    queryKey: ['officers', 'retiring-chairs', fiscalYear],
    queryFn: () => getRetiringChairs(fiscalYear),
  });

export function useRetiringChairs(fiscalYear: number) {
  return useQuery(retiringChairsQueryOptions(fiscalYear));
}
