import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type AuditEvent = components['schemas']['AuditEvent'];
/** The records whose history (変更履歴) the screens show. */
export type HistorySubject = {
  type:
    | 'district'
    | 'organization'
    | 'activity'
    | 'voice'
    | 'upwardReport'
    | 'grantCase'
    | 'supportProgram'
    | 'supportEvent'
    | 'facility'
    | 'councilBody'
    | 'volunteerPost'
    | 'newBuilding';
  id: number;
};

const HISTORY_SIZE = 20;

export function getHistory(subject: HistorySubject) {
  const params = { path: { id: subject.id }, query: { page: 1, size: HISTORY_SIZE } };
  switch (subject.type) {
    case 'district':
      return unwrap(api.GET('/api/v1/districts/{id}/history', { params }));
    case 'organization':
      return unwrap(api.GET('/api/v1/organizations/{id}/history', { params }));
    case 'activity':
      return unwrap(api.GET('/api/v1/activities/{id}/history', { params }));
    case 'voice':
      return unwrap(api.GET('/api/v1/voices/{id}/history', { params }));
    case 'upwardReport':
      return unwrap(api.GET('/api/v1/upward-reports/{id}/history', { params }));
    case 'grantCase':
      return unwrap(api.GET('/api/v1/grant-cases/{id}/history', { params }));
    case 'supportProgram':
      return unwrap(api.GET('/api/v1/support-programs/{id}/history', { params }));
    case 'supportEvent':
      return unwrap(api.GET('/api/v1/support-events/{id}/history', { params }));
    case 'facility':
      return unwrap(api.GET('/api/v1/facilities/{id}/history', { params }));
    case 'councilBody':
      return unwrap(api.GET('/api/v1/council-bodies/{id}/history', { params }));
    case 'volunteerPost':
      return unwrap(api.GET('/api/v1/volunteer-posts/{id}/history', { params }));
    case 'newBuilding':
      return unwrap(api.GET('/api/v1/new-buildings/{id}/history', { params }));
  }
}

export const historyQueryOptions = (subject: HistorySubject) =>
  queryOptions({ queryKey: ['history', subject.type, subject.id], queryFn: () => getHistory(subject) });

export function useHistory(subject: HistorySubject) {
  return useQuery(historyQueryOptions(subject));
}
