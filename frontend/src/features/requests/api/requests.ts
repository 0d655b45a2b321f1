import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapFile, unwrapVersioned, type DownloadedFile, allItems } from '@/lib/api-client';
import type { components, operations } from '@/types/api';
import type { Lang } from '@/lib/i18n';
import { acceptFor, exportWording, type FileFormat } from '@/utils/download';

export type CityRequest = components['schemas']['CityRequest'];
export type CityRequestSummary = components['schemas']['CityRequestSummary'];
export type CityRequestInput = components['schemas']['CityRequestInput'];
export type CityRequestRule = components['schemas']['CityRequestRule'];
export type CityRequestAsk = components['schemas']['CityRequestAsk'];
export type CityRequestKind = components['schemas']['CityRequestKind'];
export type CityRequestStatus = components['schemas']['CityRequestStatus'];
export type CityRequestChannel = components['schemas']['CityRequestChannel'];
export type RequestListParams = NonNullable<operations['listCityRequests']['parameters']['query']>;

export const ASKS: readonly CityRequestAsk[] = [
  'DISTRIBUTION',
  'POSTING',
  'CIRCULATION',
  'RECOMMENDATION',
  'SURVEY',
  'PARTICIPATION',
  'COLLECTION',
  'PROGRAM',
  'REPORT',
  'OTHER',
];
export const KINDS: readonly CityRequestKind[] = ['COOPERATION', 'NOTICE'];
export const STATUSES: readonly CityRequestStatus[] = ['DRAFT', 'ACTIVE', 'ENDED'];
export const CHANNELS: readonly CityRequestChannel[] = ['CITY_COUNCIL', 'DISTRICT_COUNCIL', 'DIRECT', 'BLOCK_CIRCULATION'];
/** The fiscal year's months in order: April → March. */
export const FISCAL_MONTHS: readonly number[] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

export const REQUEST_PAGE_SIZE = 20;

export const requestsQueryOptions = (params: RequestListParams) =>
  queryOptions({
    queryKey: ['city-requests', 'list', params],
    queryFn: () => unwrap(api.GET('/api/v1/city-requests', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export function useRequests(params: RequestListParams) {
  return useQuery(requestsQueryOptions(params));
}

export function useRequest(id: number) {
  return useQuery({
    queryKey: ['city-requests', 'detail', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/city-requests/{id}', { params: { path: { id } } })),
  });
}

export function useRules() {
  return useQuery({
    queryKey: ['city-request-rules'],
    queryFn: () => allItems((query) => api.GET('/api/v1/city-request-rules', { params: { query } })),
    staleTime: 5 * 60_000,
  });
}

export function useSaveRequest(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: CityRequestInput; etag?: string; idempotencyKey: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/city-requests', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }))
        : unwrap(
            api.PUT('/api/v1/city-requests/{id}', {
              params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
              body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['city-requests'] }),
  });
}

export type RequestExportFilter = Omit<RequestListParams, 'page' | 'size' | 'sort'>;

export function exportRequests(filter: RequestExportFilter, format: FileFormat, lang: Lang): Promise<DownloadedFile> {
  return unwrapFile(
    api.GET('/api/v1/exports/city-requests', {
      // for a Japanese user the column labels and the values as the screens show them (the import reads them too)
      params: { query: { ...filter, format, ...exportWording(lang) } },
      headers: { Accept: acceptFor(format) },
      parseAs: 'blob',
    }),
  );
}

export function useCompensation(id: number, fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['city-requests', 'compensation', id, fiscalYear],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/city-requests/{id}/compensation', {
          params: { path: { id }, query: fiscalYear ? { fiscalYear } : {} },
        }),
      ),
    enabled: fiscalYear !== undefined,
  });
}

export function useRequestHistory(id: number) {
  return useQuery({
    queryKey: ['city-requests', 'history', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/city-requests/{id}/history', { params: { path: { id }, query: { page: 1, size: 50 } } })),
  });
}
