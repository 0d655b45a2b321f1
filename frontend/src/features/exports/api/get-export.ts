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
/** One program's cases (programId), or by year, ward or district; the server shows each role what it may see. */
export type GrantCaseExportFilter = Query<'exportGrantCases'>;
/** One edition of the catalogue (fiscalYear). */
export type SupportProgramExportFilter = Query<'exportSupportPrograms'>;

/** One meeting's sheet (meetingId), or a body's or a year's meetings. */
export type MeetingAttendanceExportFilter = Query<'exportMeetingAttendance'>;

/** The data sets the screens export; each is also a data set the import reads back. */
export type ExportDataset = 'districts' | 'membership-figures' | 'city-requests' | 'grant-cases' | 'support-programs' | 'meeting-attendance';

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

/** 交付案件の出力: one row per case with its plan, application and results report, the columns the import reads. */
export function exportGrantCases(filter: GrantCaseExportFilter, format: FileFormat, lang: Lang): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/grant-cases', {
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

/** 支援策一覧の出力: the edition as its printed matrix reads, a row per program, the columns the import reads. */
export function exportSupportPrograms(
  filter: SupportProgramExportFilter,
  format: FileFormat,
  lang: Lang,
): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/support-programs', {
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

/** 出欠表の出力: a row per member in term on the meeting's day, 出欠 blank where not recorded; the office fills it in. */
export function exportMeetingAttendance(
  filter: MeetingAttendanceExportFilter,
  format: FileFormat,
  lang: Lang,
): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/meeting-attendance', {
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

/** The name to save under when the server did not suggest one: data set and today's date. */
export function exportFileName(dataset: ExportDataset, format: FileFormat, today = new Date()): string {
  const ymd = `${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, '0')}${String(today.getDate()).padStart(2, '0')}`;
  return `${dataset}-${ymd}.${format}`;
}
