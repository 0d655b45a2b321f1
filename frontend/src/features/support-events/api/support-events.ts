import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allItems, api, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type SupportEvent = components['schemas']['SupportEvent'];
export type SupportEventInput = components['schemas']['SupportEventInput'];
export type SupportEventKind = components['schemas']['SupportEventKind'];
export type EventAudience = components['schemas']['SupportAudience'];
export type AttendanceRow = components['schemas']['EventAttendanceRow'];
export type AttendanceInput = components['schemas']['EventAttendanceInput'];
export type SupportFile = components['schemas']['SupportFile'];
export type SupportEventListParams = NonNullable<operations['listSupportEvents']['parameters']['query']>;

export const EVENT_KINDS: readonly SupportEventKind[] = ['TRAINING', 'BRIEFING', 'FORUM', 'CASE_PRESENTATION', 'OTHER'];
export const EVENT_AUDIENCES: readonly EventAudience[] = ['COMMUNITY', 'CIVIC', 'BOTH'];
export const EVENT_PAGE_SIZE = 20;

const keys = {
  all: ['support-events'] as const,
  list: (params: SupportEventListParams) => ['support-events', 'list', params] as const,
  detail: (id: number) => ['support-events', 'event', id] as const,
  files: (id: number) => ['support-events', 'files', id] as const,
  programs: (fiscalYear: number) => ['support-events', 'programs', fiscalYear] as const,
  organizations: (districtId: number) => ['support-events', 'organizations', districtId] as const,
};

export function useSupportEvents(params: SupportEventListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/support-events', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useSupportEvent(id: number) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/support-events/{id}', { params: { path: { id } } })),
  });
}

/** The catalogue's programs of a fiscal year, for naming the program an event belongs to. */
export function useProgramsOfYear(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: keys.programs(fiscalYear ?? 0),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/support-programs', { params: { query: { ...query, fiscalYear, sort: 'sortOrder' } } })),
    enabled: fiscalYear !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The organizations of a district, for the rows of its attendance. */
export function useDistrictOrganizations(districtId: number | undefined) {
  return useQuery({
    queryKey: keys.organizations(districtId ?? 0),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/organizations', { params: { query: { ...query, districtId, sort: 'kana' } } })),
    enabled: districtId !== undefined,
    staleTime: 60_000,
  });
}

/** Adds an event (Idempotency-Key) or replaces its details (If-Match). */
export function useSaveSupportEvent(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: SupportEventInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/support-events', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/support-events/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    // Also after a 412: the page then shows the event as it now stands.
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: keys.all }), client.invalidateQueries({ queryKey: ['history'] })]),
  });
}

export function useDeleteSupportEvent(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/support-events/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    // The lists, not the event itself (gone: its page is left for the list).
    onSettled: () =>
      client.invalidateQueries({
        queryKey: keys.all,
        predicate: (q) => !(q.queryKey[1] === 'event' && q.queryKey[2] === id),
      }),
  });
}

/** 申込・出席 of one district: replaces its rows, with the event's ETag as If-Match. */
export function useRecordAttendance(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ districtId, body, etag }: { districtId: number; body: AttendanceInput; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/support-events/{id}/attendance/{districtId}', {
          params: { path: { id, districtId }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    // Only once saved: after a 412 the form keeps what was typed until the user loads the current event.
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: keys.all }), client.invalidateQueries({ queryKey: ['history', 'supportEvent', id] })]),
  });
}

// ---- 資料 (the event's materials) ---------------------------------------------------------------------

export function useEventFiles(id: number) {
  return useQuery({
    queryKey: keys.files(id),
    queryFn: () => allItems((query) => api.GET('/api/v1/support-events/{id}/files', { params: { path: { id }, query } })),
  });
}

export function useUploadEventFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/v1/support-events/{id}/files', {
          params: { path: { id }, query: { filename: file.name } },
          body: file as unknown as string,
          bodySerializer: (b: unknown) => b as File,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: keys.files(id) }), client.invalidateQueries({ queryKey: ['history', 'supportEvent', id] })]),
  });
}

export function useDeleteEventFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fileId: number) =>
      unwrap(api.DELETE('/api/v1/support-events/{id}/files/{fileId}', { params: { path: { id, fileId } } })),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: keys.files(id) }), client.invalidateQueries({ queryKey: ['history', 'supportEvent', id] })]),
  });
}

/** A plain link downloads it: the session cookie goes with it, the server names the file. */
export function eventFileUrl(id: number, fileId: number): string {
  return `/api/v1/support-events/${id}/files/${fileId}/content`;
}
