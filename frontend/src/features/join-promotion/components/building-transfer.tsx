import { Link, useSearchParams } from 'react-router';
import { DownloadButtons } from '@/components/ui/download-buttons';
import { useI18n } from '@/lib/i18n';
import { exportBuildingNotices } from '../api/join-promotion';
import { buildingQueryOf } from './building-list';
import './join-promotion.css';
import '../i18n';

const fallbackName = (format: string) => {
  const d = new Date();
  const ymd = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  return `building-notices-${ymd}.${format}`;
};

/**
 * 届出の一覧を出力 (the year, ward and district the list is filtered by) — the building section's file of notices, with
 * the outcome to read — and, for the office, the import page with this data set chosen: new notice numbers add
 * buildings, known ones update their notice fields, contacts and outcomes never change by a file.
 */
export function BuildingTransfer({ canImport }: { canImport: boolean }) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const q = buildingQueryOf(search);
  const filter = { fiscalYear: q.fiscalYear, wardId: q.wardId, districtId: q.districtId };
  return (
    <div className="jp-transfer no-print">
      <DownloadButtons
        label={t('jp.building.export')}
        download={(format) => exportBuildingNotices(filter, format, lang)}
        fallbackName={fallbackName}
      />
      {canImport ? (
        <p>
          {t('jp.building.importHint')} <Link to="/import?dataset=building-notices">{t('jp.building.importLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}
