import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned, allItems } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Meeting = components['schemas']['CouncilMeeting'];
export type MeetingInput = components['schemas']['CouncilMeetingInput'];
export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaItemInput = components['schemas']['AgendaItemInput'];

const keys = {
  meeting: (id: number) => ['council-meetings', 'detail', id] as const,
};

export function useCouncilBodies() {
  return useQuery({
    queryKey: ['council-bodies'],
    queryFn: () => allItems((query) => api.GET('/api/v1/council-bodies', { params: { query } })),
    staleTime: 5 * 60_000,
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: keys.meeting(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/council-meetings/{id}', { params: { path: { id } } })),
  });
}

/** Records a meeting (Idempotency-Key) or replaces its fields (If-Match). */
export function useSaveMeeting(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: MeetingInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/council-meetings', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/council-meetings/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['council-meetings'] }),
  });
}

export function useDeleteMeeting(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/council-meetings/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['council-meetings'] }),
  });
}

export function useAddAgendaItem(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AgendaItemInput; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/council-meetings/{id}/agenda-items', {
          params: { path: { id: meetingId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.meeting(meetingId) }),
        client.invalidateQueries({ queryKey: ['agenda-items'] }),
      ]),
  });
}

export function useDeleteAgendaItem(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (item: AgendaItem) =>
      unwrap(
        api.DELETE('/api/v1/agenda-items/{id}', {
          params: { path: { id: item.id }, header: { 'If-Match': `"${item.version}"` } },
        }),
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.meeting(meetingId) }),
        client.invalidateQueries({ queryKey: ['agenda-items'] }),
      ]),
  });
}

/** Requests (依頼等) matching a text, for the agenda item's request picker. */
export function useRequestSearch(q: string) {
  return useQuery({
    queryKey: ['city-requests', 'picker', q],
    queryFn: () => unwrap(api.GET('/api/v1/city-requests', { params: { query: { q: q || undefined, size: 10 } } })),
    placeholderData: keepPreviousData,
  });
}
