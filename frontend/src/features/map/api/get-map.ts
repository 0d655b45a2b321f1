import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type BoundaryCollection = components['schemas']['BoundaryCollection'];
export type BoundaryFeature = components['schemas']['BoundaryFeature'];
export type MapMetrics = components['schemas']['MapMetrics'];
export type DistrictMetric = components['schemas']['DistrictMapMetric'];
export type DistrictProfile = components['schemas']['DistrictProfile'];
export type MapSettings = components['schemas']['MapSettings'];

/** Every district boundary of the city (GeoJSON; the server answers 304 while it has not changed). */
export const boundariesQueryOptions = () =>
  queryOptions({
    queryKey: ['district-boundaries'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/districts/boundaries', {
          params: { query: {} },
          headers: { Accept: 'application/geo+json, application/problem+json' },
        }),
      ) as Promise<BoundaryCollection>,
    staleTime: 10 * 60_000,
  });

export function useBoundaries() {
  return useQuery(boundariesQueryOptions());
}

export const mapMetricsQueryOptions = (fiscalYear?: number) =>
  queryOptions({
    queryKey: ['map-metrics', fiscalYear ?? 'default'],
    queryFn: () => unwrap(api.GET('/api/v1/map/metrics', { params: { query: { fiscalYear } } })),
  });

export function useMapMetrics(fiscalYear?: number) {
  return useQuery(mapMetricsQueryOptions(fiscalYear));
}

export const districtProfileQueryOptions = (id: number, fiscalYear?: number) =>
  queryOptions({
    queryKey: ['districts', id, 'profile', fiscalYear ?? 'default'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/districts/{id}/profile', { params: { path: { id }, query: { fiscalYear } } })),
  });

export function useDistrictProfile(id: number, fiscalYear?: number) {
  return useQuery(districtProfileQueryOptions(id, fiscalYear));
}

/** The background tiles the server is configured with (none: the outline map); they change only with a restart. */
export const mapSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['map-settings'],
    queryFn: () => unwrap(api.GET('/api/v1/map/settings')),
    staleTime: Infinity,
  });

export function useMapSettings() {
  return useQuery(mapSettingsQueryOptions());
}
