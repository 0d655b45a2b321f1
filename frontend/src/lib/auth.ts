import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { components } from '@/types/api';

export type Me = components['schemas']['Me'];
export type Role = Me['role'];

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session (401 is an answer here, not a failure). */
export async function getMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/v1/me'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}
