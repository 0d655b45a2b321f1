import { ImportWizard } from '@/features/imports/components/import-wizard';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function ImportRoute() {
  const t = useT();
  return (
    <MenuPage title={t('import.title')}>
      <p className="lead">{t('import.lead')}</p>
      <ImportWizard />
    </MenuPage>
  );
}
