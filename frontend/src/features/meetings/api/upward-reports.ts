import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { Me } from '@/lib/auth';
import type { components } from '@/types/api';

export type UpwardReport = components['schemas']['UpwardReport'];
export type UpwardReportInput = components['schemas']['UpwardReportInput'];
export type UpwardReportType = components['schemas']['UpwardReportType'];

export const UPWARD_REPORT_TYPES: readonly UpwardReportType[] = [
  'NEWSLETTER',
  'ACTIVITY_REPORT',
  'SURVEY_ANSWER',
  'ASSEMBLY_DOCUMENTS',
  'OTHER',
];

/**
 * Whether the signed-in user may record a report for a district (or, without one, for any district at all): the
 * office and admins for every district, a liaison for the districts assigned to them — the API's rule. Only for
 * what the screens offer; the server checks every call.
 */
export function canRecordReport(me: Me | null | undefined, districtId?: number): boolean {
  if (!me) return false;
  if (me.role === 'ADMIN' || me.role === 'OFFICE') return true;
  if (me.role !== 'LIAISON') return false;
  return districtId === undefined ? me.districtIds.length > 0 : me.districtIds.includes(districtId);
}

export function useUpwardReport(id: number) {
  return useQuery({
    queryKey: ['upward-reports', 'detail', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/upward-reports/{id}', { params: { path: { id } } })),
  });
}

/** Records a report (Idempotency-Key) or replaces its fields (If-Match). */
export function useSaveUpwardReport(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: UpwardReportInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/upward-reports', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/upward-reports/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['upward-reports'] }),
        client.invalidateQueries({ queryKey: ['history'] }),
        client.invalidateQueries({ queryKey: ['districts'] }),
      ]),
  });
}

export function useDeleteUpwardReport(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/upward-reports/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['upward-reports'] }),
        client.invalidateQueries({ queryKey: ['districts'] }),
      ]),
  });
}
