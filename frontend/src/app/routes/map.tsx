import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useBoundaries, useMapMetrics, useMapSettings } from '@/features/map/api/get-map';
import { DistrictMap } from '@/features/map/components/district-map';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function MapRoute() {
  const t = useT();
  const boundaries = useBoundaries();
  const metrics = useMapMetrics();
  // the background is optional: while it loads, or if it cannot be read, the outline map is drawn
  const settings = useMapSettings();
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
        <DistrictMap boundaries={boundaries.data} metrics={metrics.data} tiles={settings.data} />
      )}
    </MenuPage>
  );
}
