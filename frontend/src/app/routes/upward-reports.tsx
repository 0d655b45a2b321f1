import { UpwardReportLog } from '@/features/meetings/components/logs';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function UpwardReportsRoute() {
  const t = useT();
  return (
    <MenuPage title={t('reports.title')}>
      <UpwardReportLog />
    </MenuPage>
  );
}
