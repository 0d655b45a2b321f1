import { api, unwrapFile, type DownloadedFile } from '@/lib/api-client';
import { acceptFor, type FileFormat } from '@/utils/download';
import type { ImportDataset } from './run-import';

const TEMPLATE_PATHS = {
  districts: '/api/v1/imports/districts/template',
  organizations: '/api/v1/imports/organizations/template',
  'membership-figures': '/api/v1/imports/membership-figures/template',
  'district-statistics': '/api/v1/imports/district-statistics/template',
  'grant-cases': '/api/v1/imports/grant-cases/template',
  'support-programs': '/api/v1/imports/support-programs/template',
  'meeting-attendance': '/api/v1/imports/meeting-attendance/template',
  'building-notices': '/api/v1/imports/building-notices/template',
} as const satisfies Record<ImportDataset, string>;

/** 取込用テンプレート: the header row only, in CSV or Excel. */
export function getImportTemplate(dataset: ImportDataset, format: FileFormat): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET(TEMPLATE_PATHS[dataset], {
      params: { query: { format } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}
