import { Page } from '@/components/layout/page';
import { DistrictList } from '@/features/districts/components/district-list';
import { useT } from '@/lib/i18n';

export function DistrictsRoute() {
  const t = useT();
  return (
    <Page
      title={t('district.listTitle')}
      breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('district.listTitle') }]}
    >
      <DistrictList />
    </Page>
  );
}
