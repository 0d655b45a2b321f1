import { Page } from '@/components/layout/page';
import { UpwardReportLog } from '@/features/meetings/components/logs';
import { useT } from '@/lib/i18n';

export function UpwardReportsRoute() {
  const t = useT();
  return (
    <Page title={t('reports.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('reports.title') }]}>
      <UpwardReportLog />
    </Page>
  );
}
