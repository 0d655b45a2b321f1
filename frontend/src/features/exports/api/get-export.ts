import { api, unwrapFile, type DownloadedFile } from '@/lib/api-client';
import type { operations } from '@/types/api';
import type { Lang } from '@/lib/i18n';
import { acceptFor, exportWording, type FileFormat } from '@/utils/download';

type Query<Op extends keyof operations> = Omit<
  NonNullable<operations[Op] extends { parameters: { query?: infer Q } } ? Q : never>,
  'format' | 'headers' | 'labels'
>;

/** The district list's filters (ward, text); the file is ordered by code. */
export type DistrictExportFilter = Query<'exportDistricts'>;
/** By district, ward or fiscal year. */
export type MembershipExportFilter = Query<'exportMembershipFigures'>;

/** 校区の出力: the same columns the district import reads, worded for the user's language (exportWording). */
export function exportDistricts(filter: DistrictExportFilter, format: FileFormat, lang: Lang): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/districts', {
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

/** 加入世帯数の出力: per association and fiscal year, the same columns the import reads. */
export function exportMembershipFigures(
  filter: MembershipExportFilter,
  format: FileFormat,
  lang: Lang,
): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/membership-figures', {
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

/** The name to save under when the server did not suggest one: data set and today's date. */
export function exportFileName(dataset: string, format: FileFormat, today = new Date()): string {
  const ymd = `${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, '0')}${String(today.getDate()).padStart(2, '0')}`;
  return `${dataset}-${ymd}.${format}`;
}
