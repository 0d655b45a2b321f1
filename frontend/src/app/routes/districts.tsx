import { useSearchParams } from 'react-router';
import { DistrictList, readListParams } from '@/features/districts/components/district-list';
import { DistrictExportButtons } from '@/features/exports/components/export-buttons';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function DistrictsRoute() {
  const t = useT();
  const [search] = useSearchParams();
  // The export takes the filters the list shows (ward, text); it is always in code order.
  const { wardId, q } = readListParams(search);
  return (
    <MenuPage title={t('district.listTitle')} actions={<DistrictExportButtons filter={{ wardId, q }} />}>
      <DistrictList />
    </MenuPage>
  );
}
