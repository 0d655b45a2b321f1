import { DownloadButtons } from '@/components/ui/download-buttons';
import { useI18n } from '@/lib/i18n';
import {
  exportDistricts,
  exportFileName,
  exportMembershipFigures,
  type DistrictExportFilter,
  type MembershipExportFilter,
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
