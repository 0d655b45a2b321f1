import { useSearchParams } from 'react-router';
import { importDatasetOf } from '@/features/imports/api/run-import';
import { ImportWizard } from '@/features/imports/components/import-wizard';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';
// The grant cases', the catalogue's, the attendance sheet's and the building notices' data sets: their names, columns and row errors.
import '@/features/council-bodies/i18n';
import '@/features/grants/i18n';
import '@/features/join-promotion/i18n';
import '@/features/support/i18n';

/** /import (`?dataset=` chooses the data set, e.g. from the page that exports it). */
export function ImportRoute() {
  const t = useT();
  const [search] = useSearchParams();
  return (
    <MenuPage title={t('import.title')}>
      <p className="lead">{t('import.lead')}</p>
      <ImportWizard initialDataset={importDatasetOf(search.get('dataset'))} />
    </MenuPage>
  );
}
