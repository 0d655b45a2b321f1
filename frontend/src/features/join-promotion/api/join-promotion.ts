import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allItems, api, unwrap, unwrapFile, unwrapVersioned, type DownloadedFile } from '@/lib/api-client';
import type { components, operations } from '@/types/api';
import type { Lang } from '@/lib/i18n';
import { acceptFor, exportWording, type FileFormat } from '@/utils/download';

/*
 * 加入促進: new apartment buildings with their contacts and outcome, leaflets and welcome packs, agreements with related
 * bodies, incorporation support and the effect on the join rate (docs/participation.md). Every staff role reads; the
 * office and a district's liaisons write buildings, contacts, outcomes and incorporation cases; the office alone
 * leaflets and agreements (the server decides; the screens only offer what it would accept).
 */

export type NewBuilding = components['schemas']['NewBuilding'];
export type NewBuildingInput = components['schemas']['NewBuildingInput'];
export type BuildingContact = components['schemas']['BuildingContact'];
export type BuildingContactInput = components['schemas']['BuildingContactInput'];
export type BuildingOutcome = components['schemas']['BuildingOutcome'];
export type OutcomeInput = components['schemas']['NewBuildingOutcomeInput'];
export type ContactChannel = components['schemas']['ContactChannel'];
export type LeafletDistribution = components['schemas']['LeafletDistribution'];
export type LeafletInput = components['schemas']['LeafletDistributionInput'];
export type LeafletKind = components['schemas']['LeafletKind'];
export type JoinAgreement = components['schemas']['JoinAgreement'];
export type JoinAgreementInput = components['schemas']['JoinAgreementInput'];
export type IncorporationCase = components['schemas']['IncorporationCase'];
export type IncorporationInput = components['schemas']['IncorporationCaseInput'];
export type IncorporationStage = components['schemas']['IncorporationStage'];
export type JoinEffect = components['schemas']['JoinEffect'];
export type JoinEffectDistrict = components['schemas']['JoinEffectDistrict'];
export type JoinEffectComparison = components['schemas']['JoinEffectComparison'];
export type JoinEffectWard = components['schemas']['JoinEffectWard'];
export type NewBuildingListParams = NonNullable<operations['listNewBuildings']['parameters']['query']>;
export type BuildingNoticeExportFilter = Omit<
  NonNullable<operations['exportBuildingNotices']['parameters']['query']>,
  'format' | 'headers' | 'labels'
>;

export const OUTCOMES: readonly BuildingOutcome[] = ['PENDING', 'BLOCK_JOIN', 'INDIVIDUAL', 'NEW_ASSOCIATION', 'DECLINED'];
/** The outcomes where units joined (加入戸数 is asked); DECLINED and PENDING have none. */
export const JOINED_OUTCOMES: readonly BuildingOutcome[] = ['BLOCK_JOIN', 'INDIVIDUAL', 'NEW_ASSOCIATION'];
export const CHANNELS: readonly ContactChannel[] = ['VISIT', 'PHONE', 'LETTER', 'MEETING', 'EMAIL'];
export const LEAFLET_KINDS: readonly LeafletKind[] = ['LEAFLET', 'WELCOME_PACK'];
export const STAGES: readonly IncorporationStage[] = ['CONSULTED', 'PREPARING', 'APPLIED', 'APPROVED', 'WITHDRAWN'];
export const BUILDING_PAGE_SIZE = 20;
/** A district has a handful of new buildings a year: one page holds them on its profile. */
export const DISTRICT_BUILDINGS = 100;

const keys = {
  all: ['join-promotion'] as const,
  buildings: ['join-promotion', 'buildings'] as const,
  buildingList: (params: NewBuildingListParams) => ['join-promotion', 'buildings', 'list', params] as const,
  building: (id: number) => ['join-promotion', 'buildings', 'building', id] as const,
  leaflets: (fiscalYear: number, wardId?: number) => ['join-promotion', 'leaflets', fiscalYear, wardId ?? 0] as const,
  agreements: ['join-promotion', 'agreements'] as const,
  incorporations: (districtId?: number) => ['join-promotion', 'incorporations', districtId ?? 0] as const,
  effect: (fiscalYear: number, wardId?: number) => ['join-promotion', 'effect', fiscalYear, wardId ?? 0] as const,
  associations: (districtId: number) => ['join-promotion', 'associations', districtId] as const,
};

/** After a write: what the hub, the profile and the effect show, and the history of the records. */
function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: keys.all }), client.invalidateQueries({ queryKey: ['history'] })]);
}

// ---- new buildings ----------------------------------------------------------------------------------------------

export function useNewBuildings(params: NewBuildingListParams, enabled = true) {
  return useQuery({
    queryKey: keys.buildingList(params),
    queryFn: () => unwrap(api.GET('/api/v1/new-buildings', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNewBuilding(id: number) {
  return useQuery({
    queryKey: keys.building(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/new-buildings/{id}', { params: { path: { id } } })),
  });
}

/** The neighbourhood associations of a district: which one the residents of a building would join, or which applies. */
export function useDistrictAssociations(districtId: number | undefined) {
  return useQuery({
    queryKey: keys.associations(districtId ?? 0),
    queryFn: () =>
      allItems((query) =>
        api.GET('/api/v1/organizations', { params: { query: { ...query, districtId, kind: 'NEIGHBORHOOD_ASSOCIATION', sort: 'name' } } }),
      ),
    enabled: districtId !== undefined,
    staleTime: 60_000,
  });
}

/** Records a building (Idempotency-Key) or replaces its notice fields (If-Match); the outcome and contacts stay. */
export function useSaveNewBuilding(id: number | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: NewBuildingInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/new-buildings', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/new-buildings/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    // Not after a failure: a 412 leaves the form as typed with its warning, and 最新の内容を読み込む reloads it
    // (refreshing here would remount the form, keyed by the ETag, and drop what was typed).
    onSuccess: invalidate,
  });
}

export function useDeleteNewBuilding(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => unwrap(api.DELETE('/api/v1/new-buildings/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    // The lists, not the building itself (gone: its page is left for the list).
    onSettled: () =>
      client.invalidateQueries({
        queryKey: keys.all,
        predicate: (q) => !(q.queryKey[2] === 'building' && q.queryKey[3] === id),
      }),
    // Refused (412: changed meanwhile; 409): the building as it now stands, so that a second try sends its ETag.
    onError: () => client.invalidateQueries({ queryKey: keys.building(id) }),
  });
}

/** 協力の結果: the outcome, its day and the units that joined, with the building's ETag. */
export function useRecordOutcome(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, etag }: { body: OutcomeInput; etag: string }) =>
      unwrap(api.PUT('/api/v1/new-buildings/{id}/outcome', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    // Only once saved: after a 412 the form keeps what was typed until the user loads the building again.
    onSuccess: invalidate,
  });
}

/** 協議記録: one contact with the developer, added to the timeline (Idempotency-Key). */
export function useAddContact(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BuildingContactInput; idempotencyKey?: string }) =>
      unwrap(
        api.POST('/api/v1/new-buildings/{id}/contacts', {
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey ?? '' } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Deletes a contact recorded by mistake, with the contact's own version as If-Match. */
export function useDeleteContact(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (contact: Pick<BuildingContact, 'id' | 'version'>) =>
      unwrap(
        api.DELETE('/api/v1/new-buildings/{id}/contacts/{contactId}', {
          params: { path: { id, contactId: contact.id }, header: { 'If-Match': `"${contact.version}"` } },
        }),
      ),
    onSettled: invalidate,
  });
}

/** 届出の一覧の出力: the notices as the building section's file, the columns the import reads back. */
export function exportBuildingNotices(filter: BuildingNoticeExportFilter, format: FileFormat, lang: Lang): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/building-notices', {
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

// ---- leaflets and agreements --------------------------------------------------------------------------------------

/** The distributions of a fiscal year (a ward's, or every ward's), newest month first. */
export function useLeaflets(fiscalYear: number, wardId?: number) {
  return useQuery({
    queryKey: keys.leaflets(fiscalYear, wardId),
    queryFn: () => allItems((query) => api.GET('/api/v1/leaflet-distributions', { params: { query: { ...query, fiscalYear, wardId } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveLeaflet(id: number | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: LeafletInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/leaflet-distributions', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/leaflet-distributions/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    onSettled: invalidate,
  });
}

export function useDeleteLeaflet() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (l: Pick<LeafletDistribution, 'id' | 'version'>) =>
      unwrap(api.DELETE('/api/v1/leaflet-distributions/{id}', { params: { path: { id: l.id }, header: { 'If-Match': `"${l.version}"` } } })),
    onSettled: invalidate,
  });
}

export function useAgreements() {
  return useQuery({
    queryKey: keys.agreements,
    // the city has a handful of agreements: one page holds them all
    queryFn: () => unwrap(api.GET('/api/v1/join-agreements', { params: { query: { size: 200 } } })).then((page) => page.items),
  });
}

export function useSaveAgreement(id: number | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: JoinAgreementInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/join-agreements', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/join-agreements/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    onSettled: invalidate,
  });
}

export function useDeleteAgreement() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: Pick<JoinAgreement, 'id' | 'version'>) =>
      unwrap(api.DELETE('/api/v1/join-agreements/{id}', { params: { path: { id: a.id }, header: { 'If-Match': `"${a.version}"` } } })),
    onSettled: invalidate,
  });
}

// ---- incorporation support --------------------------------------------------------------------------------------

/** Every case (of a district), newest consultation first: a city has a few dozen at most. */
export function useIncorporations(districtId?: number) {
  return useQuery({
    queryKey: keys.incorporations(districtId),
    queryFn: () => allItems((query) => api.GET('/api/v1/incorporation-cases', { params: { query: { ...query, districtId } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveIncorporation(id: number | undefined) {
  const invalidate = useInvalidate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: IncorporationInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/incorporation-cases', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/incorporation-cases/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    // an approval marks the association 認可地縁団体 in the registry: its page and the district's tree read it again
    onSettled: () =>
      Promise.all([
        invalidate(),
        client.invalidateQueries({ queryKey: ['organizations'] }),
        client.invalidateQueries({ queryKey: ['districts'] }),
      ]),
  });
}

export function useDeleteIncorporation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (c: Pick<IncorporationCase, 'id' | 'version'>) =>
      unwrap(api.DELETE('/api/v1/incorporation-cases/{id}', { params: { path: { id: c.id }, header: { 'If-Match': `"${c.version}"` } } })),
    onSettled: invalidate,
  });
}

// ---- the effect ---------------------------------------------------------------------------------------------------

export function useJoinEffect(fiscalYear: number, wardId?: number) {
  return useQuery({
    queryKey: keys.effect(fiscalYear, wardId),
    queryFn: () => unwrap(api.GET('/api/v1/join-promotion/effect', { params: { query: { fiscalYear, wardId } } })),
    placeholderData: keepPreviousData,
  });
}
