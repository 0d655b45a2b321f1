import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useBoundaries, useMapMetrics } from '@/features/map/api/get-map';
import { DistrictMap } from '@/features/map/components/district-map';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function MapRoute() {
  const t = useT();
  const boundaries = useBoundaries();
  const metrics = useMapMetrics();
  return (
    <MenuPage title={t('map.title')}>
      <p>{t('map.lead')}</p>
      {boundaries.isError ? (
        <QueryError error={boundaries.error} onRetry={() => void boundaries.refetch()} />
      ) : metrics.isError ? (
        <QueryError error={metrics.error} onRetry={() => void metrics.refetch()} />
      ) : boundaries.isPending || metrics.isPending ? (
        <Loading />
      ) : (
        <DistrictMap boundaries={boundaries.data} metrics={metrics.data} />
      )}
    </MenuPage>
  );
}
