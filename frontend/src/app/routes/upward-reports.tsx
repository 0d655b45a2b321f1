import { Link, useLocation, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { canRecordReport } from '@/features/meetings/api/upward-reports';
import { UpwardReportLog } from '@/features/meetings/components/logs';
import { useMe } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { MenuPage } from './shared';

/** 校区からの報告: the log; who may record reports (the office, a liaison for their districts) records one from here. */
export function UpwardReportsRoute() {
  const t = useT();
  const me = useMe();
  const [search] = useSearchParams();
  const deleted = (useLocation().state as { notice?: string } | null)?.notice === 'deleted';
  // the district the list is filtered on is chosen beforehand, when the user may record for it
  const district = parseId(search.get('district') ?? undefined);
  const preset = district !== undefined && canRecordReport(me.data, district) ? `?districtId=${district}` : '';
  return (
    <MenuPage
      title={t('reports.title')}
      actions={
        canRecordReport(me.data) ? (
          <Link className="btn btn-primary" to={`/upward-reports/new${preset}`}>
            {t('reports.new')}
          </Link>
        ) : null
      }
    >
      {deleted ? <Alert tone="success">{t('reports.deleted')}</Alert> : null}
      <UpwardReportLog />
    </MenuPage>
  );
}
