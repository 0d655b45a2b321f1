import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { api, unwrap, unwrapFile, unwrapVersioned, allItems } from '@/lib/api-client';
import type { components, operations } from '@/types/api';
import { localStorageOutbox, Outbox, type ActivityInput, type PendingActivity, type SendResult } from './outbox';

export type Activity = components['schemas']['Activity'];
export type ActivityType = components['schemas']['ActivityType'];
export type FollowUp = components['schemas']['FollowUp'];
export type ActivityAttachment = components['schemas']['ActivityAttachment'];
export type ActivityListParams = NonNullable<operations['listActivities']['parameters']['query']>;
export type { ActivityInput, PendingActivity };

export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'VISIT',
  'MEETING',
  'CONSULTATION',
  'INFORMATION',
  'STUDY_SESSION',
  'EVENT',
  'OTHER',
];

export const ACTIVITY_PAGE_SIZE = 20;

export function useActivities(params: ActivityListParams) {
  return useQuery({
    queryKey: ['activities', 'list', params],
    queryFn: () => unwrap(api.GET('/api/v1/activities', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: number) {
  return useQuery({
    queryKey: ['activities', 'detail', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
  });
}

export function useSaveActivity(id: number | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: ActivityInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(
            api.POST('/api/v1/activities', {
              body,
              params: { header: { 'Idempotency-Key': idempotencyKey } },
            }),
          )
        : unwrap(
            api.PUT('/api/v1/activities/{id}', {
              body,
              params: { path: { id }, header: { 'If-Match': etag ?? '' } },
            }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function useSetFollowUpStatus(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ followUpId, status, etag }: { followUpId: number; status: 'OPEN' | 'DONE'; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/activities/{id}/follow-ups/{followUpId}/status', {
          body: { status },
          params: { path: { id, followUpId }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function useDeleteActivity(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/activities/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function useAttachments(id: number) {
  return useQuery({
    queryKey: ['activities', 'attachments', id],
    queryFn: () => allItems((query) => api.GET('/api/v1/activities/{id}/attachments', { params: { path: { id }, query } })),
  });
}

export function useUploadAttachment(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/v1/activities/{id}/attachments', {
          params: { path: { id }, query: { filename: file.name } },
          body: file as unknown as string,
          bodySerializer: (b: unknown) => b as File,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function useDeleteAttachment(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(api.DELETE('/api/v1/activities/{id}/attachments/{attachmentId}', { params: { path: { id, attachmentId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function downloadAttachment(id: number, attachmentId: number) {
  return unwrapFile(
    api.GET('/api/v1/activities/{id}/attachments/{attachmentId}/content', {
      params: { path: { id, attachmentId } },
      parseAs: 'blob',
    }) as never,
  );
}

// ---- 送信待ち (offline entry) ------------------------------------------------------------------------

/** One attempt to send a kept record: 2xx (a replay too) sent, 4xx refused with its problem, else throws. */
export async function sendPending(item: PendingActivity): Promise<SendResult> {
  const { data, error, response } = await api.POST('/api/v1/activities', {
    body: item.body,
    params: { header: { 'Idempotency-Key': item.key } },
  });
  if (response.ok && data) return { outcome: 'sent', id: data.id };
  if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 408 && response.status !== 429) {
    const p = (error ?? {}) as { title?: string; detail?: string; errors?: { field: string; message: string }[] };
    return {
      outcome: 'refused',
      error: { status: response.status, title: p.title ?? response.statusText, detail: p.detail, errors: p.errors },
    };
  }
  throw new Error(`not sent (${response.status})`);
}

let shared: Outbox | undefined;

/** The device's one outbox (per browser profile). */
export function outbox(): Outbox {
  shared ??= new Outbox(localStorageOutbox('kyodo.activities.outbox'), sendPending);
  return shared;
}

/** The waiting records, re-rendering on change. */
export function usePendingActivities(box: Outbox = outbox()): PendingActivity[] {
  return useSyncExternalStore(box.subscribe, box.items, box.items);
}

/**
 * Sends what waits when the page opens and whenever the connection returns (the `online` event), refreshing the
 * lists after anything arrived.
 */
export function useOutboxSync(box: Outbox = outbox()) {
  const qc = useQueryClient();
  useEffect(() => {
    const flush = () => {
      if (!navigator.onLine) return;
      void box.flush().then((r) => {
        if (r.sent > 0) void qc.invalidateQueries({ queryKey: ['activities'] });
      });
    };
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [box, qc]);
}

/** True when a failed call never reached the server (no signal), so the record should be kept on the device. */
export function isOffline(error: unknown): boolean {
  return !navigator.onLine || (error instanceof Error && 'status' in error && (error as { status: number }).status === 0);
}
