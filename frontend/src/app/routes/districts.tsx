import { useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { DistrictList, readListParams } from '@/features/districts/components/district-list';
import { DistrictExportButtons } from '@/features/exports/components/export-buttons';
import { useT } from '@/lib/i18n';

export function DistrictsRoute() {
  const t = useT();
  const [search] = useSearchParams();
  // The export takes the filters the list shows (ward, text); it is always in code order.
  const { wardId, q } = readListParams(search);
  return (
    <Page
      title={t('district.listTitle')}
      breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('district.listTitle') }]}
      actions={<DistrictExportButtons filter={{ wardId, q }} />}
    >
      <DistrictList />
    </Page>
  );
}
