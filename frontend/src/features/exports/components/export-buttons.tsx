import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DownloadButtons } from '@/components/ui/download-buttons';
import { problemMessage } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { saveFile } from '@/utils/download';
import {
  exportDistricts,
  exportFileName,
  exportGrantCases,
  exportMeetingAttendance,
  exportMembershipFigures,
  exportSupportPrograms,
  type DistrictExportFilter,
  type GrantCaseExportFilter,
  type MeetingAttendanceExportFilter,
  type MembershipExportFilter,
  type SupportProgramExportFilter,
} from '../api/get-export';

/**
 * 校区一覧の出力, with the filters the list shows (any signed-in role may export); Japanese users get Japanese headers
 * and labels.
 */
export function DistrictExportButtons({ filter }: { filter: DistrictExportFilter }) {
  const { t, lang } = useI18n();
  return (
    <DownloadButtons
      label={t('export.districts')}
      download={(format) => exportDistricts(filter, format, lang)}
      fallbackName={(format) => exportFileName('districts', format)}
    />
  );
}

/** 加入世帯数の出力 of one district's associations, every fiscal year. */
export function MembershipExportButtons({ filter }: { filter: MembershipExportFilter }) {
  const { t, lang } = useI18n();
  return (
    <DownloadButtons
      label={t('export.membership')}
      download={(format) => exportMembershipFigures(filter, format, lang)}
      fallbackName={(format) => exportFileName('membership-figures', format)}
    />
  );
}

/**
 * 交付案件の出力 (e.g. one program's cases): the file the office fills in with applications and results reports and
 * imports back. The label is the grant pages' (their dictionary comes with them).
 */
export function GrantCaseExportButtons({ filter }: { filter: GrantCaseExportFilter }) {
  const { t, lang } = useI18n();
  return (
    <DownloadButtons
      label={t('grant.export')}
      download={(format) => exportGrantCases(filter, format, lang)}
      fallbackName={(format) => exportFileName('grant-cases', format)}
    />
  );
}

/** 支援策一覧の出力 of one edition, as its printed matrix reads. The label is the catalogue pages'. */
export function SupportProgramExportButtons({ filter }: { filter: SupportProgramExportFilter }) {
  const { t, lang } = useI18n();
  return (
    <DownloadButtons
      label={t('support.export')}
      download={(format) => exportSupportPrograms(filter, format, lang)}
      fallbackName={(format) => exportFileName('support-programs', format)}
    />
  );
}

/**
 * 出欠表をダウンロード: one meeting's attendance sheet as an Excel file (the secretariat prints it or fills it in and
 * imports it back). One button: the sheet is for Excel. The label is the council bodies' (their dictionary comes with
 * the meeting page).
 */
export function MeetingAttendanceDownload({ filter }: { filter: MeetingAttendanceExportFilter }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await exportMeetingAttendance(filter, 'xlsx', lang);
      saveFile(file.blob, file.filename ?? exportFileName('meeting-attendance', 'xlsx'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="download">
      <Button variant="secondary" disabled={busy} onClick={() => void run()}>
        {busy ? t('download.busy') : t('council.attendance.download')}
      </Button>
      {error ? <Alert tone="error">{problemMessage(error, t)}</Alert> : null}
    </div>
  );
}
