import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Home = components['schemas']['LiaisonHome'];
export type DistrictCard = components['schemas']['DistrictCard'];
export type WorkListItem = components['schemas']['WorkListItem'];
export type Coverage = components['schemas']['Coverage'];
export type CoverageDistrict = components['schemas']['CoverageDistrict'];
export type CalendarMonth = components['schemas']['WorkspaceCalendar'];
export type CalendarItem = components['schemas']['WorkspaceCalendarEntry'];
export type Feed = components['schemas']['CalendarFeed'];
export type OfficeWorklist = components['schemas']['OfficeWorklist'];

export const workspaceKeys = {
  all: ['workspace'] as const,
  mine: ['workspace', 'me'] as const,
  liaison: (id: number) => ['workspace', 'liaison', id] as const,
  coverage: (staleDays: number) => ['workspace', 'coverage', staleDays] as const,
  office: ['workspace', 'office'] as const,
  calendar: (year: number, month: number, wardId?: number) => ['workspace', 'calendar', year, month, wardId ?? 0] as const,
  feed: ['workspace', 'feed'] as const,
};

/** わたしの校区: the signed-in liaison's cards and worklist. */
export function useMyDistricts() {
  return useQuery({ queryKey: workspaceKeys.mine, queryFn: () => unwrap(api.GET('/api/v1/me/districts')) });
}

/** The office's view of one liaison's home. */
export function useLiaisonDistricts(userId: number) {
  return useQuery({
    queryKey: workspaceKeys.liaison(userId),
    queryFn: () => unwrap(api.GET('/api/v1/liaisons/{userId}/districts', { params: { path: { userId } } })),
  });
}

export function useCoverage(staleDays: number) {
  return useQuery({
    queryKey: workspaceKeys.coverage(staleDays),
    queryFn: () => unwrap(api.GET('/api/v1/liaison-coverage', { params: { query: { staleDays } } })),
  });
}

/** 事務局のやること: what the office has to do that belongs to no single district (vacant seats, terms ending). */
export function useOfficeWorklist() {
  return useQuery({ queryKey: workspaceKeys.office, queryFn: () => unwrap(api.GET('/api/v1/office-worklist')) });
}

export function useBurdenCalendar(year: number, month: number, wardId?: number) {
  return useQuery({
    queryKey: workspaceKeys.calendar(year, month, wardId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/burden-calendar', { params: { query: { year, month, ...(wardId ? { wardId } : {}) } } })),
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: workspaceKeys.feed, queryFn: () => unwrap(api.GET('/api/v1/me/calendar-feed')) });
}

export function useRotateFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (wardId: number | undefined) =>
      unwrap(api.POST('/api/v1/me/calendar-feed', { body: wardId ? { wardId } : {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: workspaceKeys.feed }),
  });
}

export function useRevokeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => client.invalidateQueries({ queryKey: workspaceKeys.feed }),
  });
}
