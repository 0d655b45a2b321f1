import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allItems, api, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Facility = components['schemas']['Facility'];
export type FacilityInput = components['schemas']['FacilityInput'];
export type FacilityKind = components['schemas']['FacilityKind'];
export type FacilityOwner = components['schemas']['FacilityOwner'];
export type FacilityWork = components['schemas']['FacilityWork'];
export type FacilityWorkKind = components['schemas']['FacilityWorkKind'];
export type FacilityListParams = NonNullable<operations['listFacilities']['parameters']['query']>;

export const FACILITY_KINDS: readonly FacilityKind[] = ['COMMUNITY_CENTER', 'KOMINKAN', 'MEETING_HALL', 'CITY_ROOM', 'OTHER'];
export const FACILITY_OWNERS: readonly FacilityOwner[] = ['CITY', 'COUNCIL', 'ASSOCIATION', 'OTHER'];
export const WORK_KINDS: readonly FacilityWorkKind[] = ['CONSTRUCTION', 'EXTENSION', 'REPAIR', 'EQUIPMENT'];
export const FACILITY_PAGE_SIZE = 20;

const keys = {
  all: ['facilities'] as const,
  list: (params: FacilityListParams) => ['facilities', 'list', params] as const,
  detail: (id: number) => ['facilities', 'facility', id] as const,
  subsidies: ['facilities', 'subsidy-programs'] as const,
};

export function useFacilities(params: FacilityListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/facilities', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useFacility(id: number) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/facilities/{id}', { params: { path: { id } } })),
  });
}

/** The subsidies of every edition of the catalogue, newest first: what may have paid for a work. */
export function useSubsidyPrograms() {
  return useQuery({
    queryKey: keys.subsidies,
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/support-programs', { params: { query: { ...query, kind: 'SUBSIDY' } } })).then((items) =>
        [...items].sort((a, b) => b.fiscalYear - a.fiscalYear || a.sortOrder - b.sortOrder || a.id - b.id),
      ),
    staleTime: 5 * 60_000,
  });
}

/** Adds a facility (Idempotency-Key) or replaces it with its rooms and works (If-Match). */
export function useSaveFacility(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: FacilityInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/facilities', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/facilities/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    // Not after a failure: a 412 leaves the form as typed with its warning, and 最新の内容を読み込む reloads it
    // (refreshing here would remount the form, keyed by the ETag, and drop what was typed).
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: keys.all }), client.invalidateQueries({ queryKey: ['history'] })]),
  });
}

export function useDeleteFacility(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => unwrap(api.DELETE('/api/v1/facilities/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSettled: () =>
      client.invalidateQueries({
        queryKey: keys.all,
        predicate: (q) => !(q.queryKey[1] === 'facility' && q.queryKey[2] === id),
      }),
  });
}
