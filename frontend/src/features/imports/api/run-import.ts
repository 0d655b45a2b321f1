import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportUnauthorized } from '@/lib/api-client';
import { ApiError, NETWORK_ERROR_STATUS, toApiError } from '@/lib/api-error';

/*
 * PROVISIONAL: /api/v1/imports is not in openapi.yaml yet, so these two types are written by hand
 * after the planned API. When the operations land, replace them with
 * components['schemas'][...] and runImport's fetch with api.POST, and delete this comment.
 */
export type ImportDataset = 'districts' | 'organizations' | 'membership-figures';
export type ImportReport = {
  dryRun?: boolean;
  valid?: boolean;
  created?: number;
  updated?: number;
  unchanged?: number;
  errors?: { row?: number; column?: string; message?: string }[];
  rows?: { row?: number; action?: string; key?: string; label?: string }[];
};

export const IMPORT_DATASETS: readonly ImportDataset[] = ['districts', 'organizations', 'membership-figures'];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the server expects for a chosen file; browsers leave file.type empty for some CSVs. */
export function contentTypeOf(file: File): 'text/csv' | typeof XLSX_TYPE | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return XLSX_TYPE;
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'text/csv';
  return undefined;
}

export function templateUrl(dataset: ImportDataset, format: 'csv' | 'xlsx'): string {
  return `/api/v1/imports/${encodeURIComponent(dataset)}/template?format=${format}`;
}

/** Sends the file as the raw request body; dryRun=true only reports what would change. */
export async function runImport({ dataset, file, dryRun }: { dataset: ImportDataset; file: File; dryRun: boolean }) {
  const contentType = contentTypeOf(file) ?? 'application/octet-stream';
  let response: Response;
  try {
    response = await globalThis.fetch(`/api/v1/imports/${encodeURIComponent(dataset)}?dryRun=${dryRun}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': contentType, Accept: 'application/json, application/problem+json' },
      body: file,
    });
  } catch (e) {
    throw new ApiError(NETWORK_ERROR_STATUS, {
      type: 'about:blank',
      title: 'Network error',
      status: NETWORK_ERROR_STATUS,
      detail: e instanceof Error ? e.message : undefined,
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 401) reportUnauthorized();
  if (!response.ok) throw toApiError(body, response);
  return body as ImportReport;
}

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runImport,
    onSuccess: (_report, variables) => {
      if (!variables.dryRun) void queryClient.invalidateQueries();
    },
  });
}
