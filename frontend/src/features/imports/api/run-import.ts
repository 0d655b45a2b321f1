import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { components } from '@/types/api';
import { XLSX_TYPE } from '@/utils/download';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportProblem = components['schemas']['ImportProblem'];
export type ImportRowError = components['schemas']['ImportRowError'];
export type ImportRowResult = components['schemas']['ImportRowResult'];
export type ImportAction = components['schemas']['ImportAction'];
export type ImportMode = components['schemas']['ImportMode'];
/** What a report shows, whether it came as a 200 (valid, or PARTIAL) or inside a 422 problem (rows with errors). */
export type ImportOutcome = Pick<
  ImportReport,
  'dryRun' | 'mode' | 'valid' | 'applied' | 'written' | 'refused' | 'counts' | 'errorCount' | 'errors' | 'rows'
>;

export type ImportDataset =
  | 'districts'
  | 'organizations'
  | 'membership-figures'
  | 'district-statistics'
  | 'grant-cases'
  | 'support-programs'
  | 'meeting-attendance'
  | 'building-notices';
export const IMPORT_DATASETS: readonly ImportDataset[] = [
  'districts',
  'organizations',
  'membership-figures',
  'district-statistics',
  'grant-cases',
  'support-programs',
  'meeting-attendance',
  'building-notices',
];

/** `?dataset=` of the import page (a link from a data set's own page chooses it), or undefined. */
export function importDatasetOf(value: string | null | undefined): ImportDataset | undefined {
  return IMPORT_DATASETS.find((d) => d === value);
}
/** すべて成功したときだけ取り込む (the default) / 正しい行だけ取り込む. */
export const IMPORT_MODES: readonly ImportMode[] = ['ALL_OR_NOTHING', 'PARTIAL'];

const IMPORT_PATHS = {
  districts: '/api/v1/imports/districts',
  organizations: '/api/v1/imports/organizations',
  'membership-figures': '/api/v1/imports/membership-figures',
  'district-statistics': '/api/v1/imports/district-statistics',
  'grant-cases': '/api/v1/imports/grant-cases',
  'support-programs': '/api/v1/imports/support-programs',
  'meeting-attendance': '/api/v1/imports/meeting-attendance',
  'building-notices': '/api/v1/imports/building-notices',
} as const satisfies Record<ImportDataset, string>;

/** The content type to send for a chosen file; browsers leave file.type empty for some CSVs. */
export function contentTypeOf(file: File): 'text/csv' | typeof XLSX_TYPE | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return XLSX_TYPE;
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'text/csv';
  return undefined;
}

/**
 * Sends the file itself as the request body; dryRun=true only reports what would change.
 * ALL_OR_NOTHING: a file with invalid rows is refused with 422, whose problem carries the report
 * (importProblemOf). PARTIAL: the valid rows are saved and the report (200) lists the refused ones.
 */
export function runImport({
  dataset,
  file,
  dryRun,
  mode = 'ALL_OR_NOTHING',
}: {
  dataset: ImportDataset;
  file: File;
  dryRun: boolean;
  mode?: ImportMode;
}) {
  return unwrap(
    api.POST(IMPORT_PATHS[dataset], {
      params: { query: { dryRun, mode } },
      // The contract types the raw body as a string; a File is sent as it is, not as JSON.
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body,
      headers: { 'Content-Type': contentTypeOf(file) ?? 'application/octet-stream' },
    }),
  );
}

const ROWS_INVALID = /\/import-rows-invalid$/;

/** The report inside a 422 import-rows-invalid problem: nothing was changed, and these rows say why. */
export function importProblemOf(error: unknown): ImportProblem | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const problem = error.problem as unknown as ImportProblem;
  return ROWS_INVALID.test(problem.type) || Array.isArray(problem.rows) ? problem : undefined;
}

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runImport,
    onSuccess: (report, variables) => {
      // Anything on screen may have changed: districts, organizations, figures, rates, grant cases, programs, history.
      if (!variables.dryRun && report.applied !== false) void queryClient.invalidateQueries();
    },
  });
}
