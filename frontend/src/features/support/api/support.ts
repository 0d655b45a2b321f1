import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type SupportProgram = components['schemas']['SupportProgram'];
export type SupportProgramInput = components['schemas']['SupportProgramInput'];
export type SupportCategory = components['schemas']['SupportCategory'];
export type SupportKind = components['schemas']['SupportKind'];
export type SupportAudience = components['schemas']['SupportAudience'];
export type CatalogMatrix = components['schemas']['CatalogMatrix'];
export type CatalogRow = components['schemas']['CatalogRow'];
export type CatalogCell = components['schemas']['CatalogCell'];
export type EditionChanges = components['schemas']['EditionChanges'];
export type EditionChange = components['schemas']['EditionChange'];
export type CarryOverResult = components['schemas']['CarryOverResult'];
export type SupportProgramListParams = NonNullable<operations['listSupportPrograms']['parameters']['query']>;

/** The catalogue's seven columns in print order. */
export const SUPPORT_CATEGORIES: readonly SupportCategory[] = [
  'HUMAN_RESOURCES',
  'PUBLICITY',
  'INFORMATION',
  'PLACE',
  'COOPERATION',
  'FINANCIAL',
  'OTHER',
];
export const SUPPORT_KINDS: readonly SupportKind[] = ['SUBSIDY', 'CONSIGNMENT', 'TRAINING', 'FACILITY', 'INFORMATION', 'OTHER'];
export const SUPPORT_AUDIENCES: readonly SupportAudience[] = ['COMMUNITY', 'CIVIC', 'BOTH'];
export const SUPPORT_PAGE_SIZE = 20;

/** Only a subsidy or a consignment has terms (budget, eligible kinds, documents, deadlines) and an amount rule. */
export function isGranted(kind: SupportKind | string | undefined): boolean {
  return kind === 'SUBSIDY' || kind === 'CONSIGNMENT';
}

const keys = {
  all: ['support'] as const,
  list: (params: SupportProgramListParams) => ['support', 'programs', params] as const,
  detail: (id: number) => ['support', 'program', id] as const,
  catalog: (fiscalYear: number) => ['support', 'catalog', fiscalYear] as const,
  changes: (fiscalYear: number) => ['support', 'changes', fiscalYear] as const,
};

export function useSupportPrograms(params: SupportProgramListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/support-programs', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useSupportProgram(id: number) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/support-programs/{id}', { params: { path: { id } } })),
  });
}

/** One edition as the printed matrix (public). */
export function useSupportCatalog(fiscalYear: number) {
  return useQuery({
    queryKey: keys.catalog(fiscalYear),
    queryFn: () => unwrap(api.GET('/api/v1/support-catalog/{fiscalYear}', { params: { path: { fiscalYear } } })),
  });
}

/** 前年度からの変更 (public). */
export function useSupportCatalogChanges(fiscalYear: number) {
  return useQuery({
    queryKey: keys.changes(fiscalYear),
    queryFn: () => unwrap(api.GET('/api/v1/support-catalog/{fiscalYear}/changes', { params: { path: { fiscalYear } } })),
  });
}

/** Adds a program (Idempotency-Key) or replaces it (If-Match). */
export function useSaveSupportProgram(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: SupportProgramInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(
            api.POST('/api/v1/support-programs', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }),
          )
        : unwrap(
            api.PUT('/api/v1/support-programs/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body }),
          ),
    // Also after a 412: the page then shows the current program to start again from.
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.all }),
        client.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}

export function useDeleteSupportProgram(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/support-programs/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    // The lists and the matrix, not the program itself (gone: its page is left for the list).
    onSettled: () =>
      client.invalidateQueries({
        queryKey: keys.all,
        predicate: (q) => !(q.queryKey[1] === 'program' && q.queryKey[2] === id),
      }),
  });
}

/** 次年度へ引き継ぐ: copies the edition into the next year (office). */
export function useCarryOver() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fiscalYear: number) =>
      unwrap(api.POST('/api/v1/support-catalog/{fiscalYear}/carry-over', { params: { path: { fiscalYear } } })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
