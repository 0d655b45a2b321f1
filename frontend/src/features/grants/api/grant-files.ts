import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allItems, api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type GrantFile = components['schemas']['SupportFile'];
export type GrantFileStep = components['schemas']['GrantStep'];

/** The steps a document belongs to, in the order a case moves. */
export const GRANT_FILE_STEPS: readonly GrantFileStep[] = ['PLAN', 'APPLICATION', 'DECISION', 'PAYMENT', 'REPORT', 'INSPECTION', 'SETTLEMENT'];

const key = (caseId: number) => ['grants', 'files', caseId] as const;

/** 書類 of a case, in the order added. */
export function useGrantFiles(caseId: number) {
  return useQuery({
    queryKey: key(caseId),
    queryFn: () => allItems((query) => api.GET('/api/v1/grant-cases/{id}/files', { params: { path: { id: caseId }, query } })),
  });
}

export function useUploadGrantFile(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, step }: { file: File; step: GrantFileStep }) =>
      unwrap(
        api.POST('/api/v1/grant-cases/{id}/files', {
          params: { path: { id: caseId }, query: { filename: file.name, step } },
          body: file as unknown as string,
          bodySerializer: (b: unknown) => b as File,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: key(caseId) }), client.invalidateQueries({ queryKey: ['history', 'grantCase', caseId] })]),
  });
}

export function useDeleteGrantFile(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fileId: number) => unwrap(api.DELETE('/api/v1/grant-cases/{id}/files/{fileId}', { params: { path: { id: caseId, fileId } } })),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: key(caseId) }), client.invalidateQueries({ queryKey: ['history', 'grantCase', caseId] })]),
  });
}

/** A plain link downloads it: the session cookie goes with it, the server names the file. */
export function grantFileUrl(caseId: number, fileId: number): string {
  return `/api/v1/grant-cases/${caseId}/files/${fileId}/content`;
}
