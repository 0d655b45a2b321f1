import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Section = components['schemas']['Section'];

/** Every section (課) in the city, for the filters and the form; a city has a few hundred at most. */
export function useSections() {
  return useQuery({
    queryKey: ['sections', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/sections', { params: { query: { size: 200 } } })),
    staleTime: 5 * 60_000,
  });
}
