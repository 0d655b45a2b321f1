import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type AuditEvent = components['schemas']['AuditEvent'];
export type HistorySubject = { type: 'district' | 'organization'; id: number };

const HISTORY_SIZE = 20;

export function getHistory(subject: HistorySubject) {
  const params = { path: { id: subject.id }, query: { page: 1, size: HISTORY_SIZE } };
  return subject.type === 'district'
    ? unwrap(api.GET('/api/v1/districts/{id}/history', { params }))
    : unwrap(api.GET('/api/v1/organizations/{id}/history', { params }));
}

export const historyQueryOptions = (subject: HistorySubject) =>
  queryOptions({ queryKey: ['history', subject.type, subject.id], queryFn: () => getHistory(subject) });

export function useHistory(subject: HistorySubject) {
  return useQuery(historyQueryOptions(subject));
}
