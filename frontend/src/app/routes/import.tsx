import { Page } from '@/components/layout/page';
import { ImportWizard } from '@/features/imports/components/import-wizard';
import { useT } from '@/lib/i18n';

export function ImportRoute() {
  const t = useT();
  return (
    <Page title={t('import.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('import.title') }]}>
      <p className="lead">{t('import.lead')}</p>
      <ImportWizard />
    </Page>
  );
}
