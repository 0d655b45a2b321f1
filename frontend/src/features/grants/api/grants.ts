import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type GrantCase = components['schemas']['GrantCase'];
export type GrantStatus = components['schemas']['GrantStatus'];
export type GrantPermissions = components['schemas']['GrantPermissions'];
export type GrantOpening = components['schemas']['GrantOpening'];
export type GrantBulkDecision = components['schemas']['GrantBulkDecision'];
export type GrantFigures = components['schemas']['GrantFigures'];
export type GrantFigureRow = components['schemas']['GrantFigureRow'];
export type GrantedAmount = components['schemas']['GrantedAmount'];
export type GrantProgram = components['schemas']['SupportProgram'];
export type AmountRule = components['schemas']['AmountRule'];
export type GrantCaseListParams = NonNullable<operations['listGrantCases']['parameters']['query']>;

export const GRANT_STATUSES: readonly GrantStatus[] = [
  'AWAITING_PLAN',
  'PLAN_RECEIVED',
  'APPLIED',
  'DECIDED',
  'REPORTED',
  'INSPECTED',
  'SETTLED',
];
export const GRANT_PAGE_SIZE = 20;
/** The public table reads the largest page the API serves. */
export const PUBLIC_GRANTS_PAGE_SIZE = 200;

const keys = {
  all: ['grants'] as const,
  program: (id: number) => ['grants', 'program', id] as const,
  figures: (programId: number) => ['grants', 'figures', programId] as const,
  list: (params: GrantCaseListParams) => ['grants', 'cases', params] as const,
  detail: (id: number) => ['grants', 'case', id] as const,
  public: (fiscalYear: number, page: number, programId: number | undefined) =>
    ['public-grants', fiscalYear, page, programId ?? 'all'] as const,
  publicPrograms: (fiscalYear: number) => ['public-grants', 'programs', fiscalYear] as const,
};

/** The program a case list belongs to: its name, year, budget, rule (which units it prices) and canEdit. */
export function useGrantProgram(id: number) {
  return useQuery({
    queryKey: keys.program(id),
    queryFn: () => unwrap(api.GET('/api/v1/support-programs/{id}', { params: { path: { id } } })),
  });
}

/** 予算執行状況: only for those who may decide (office, the implementing section); `enabled` says so. */
export function useGrantFigures(programId: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.figures(programId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/support-programs/{id}/grant-figures', { params: { path: { id: programId } } })),
    enabled,
  });
}

export function useGrantCases(params: GrantCaseListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/grant-cases', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useGrantCase(id: number) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/grant-cases/{id}', { params: { path: { id } } })),
  });
}

/** 年度の開始: a case for every eligible organization that has none; the cases not yet decided computed again. */
export function useOpenGrantYear(programId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/support-programs/{id}/opening', { params: { path: { id: programId } } })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

/** 一括交付決定: every applied case with a computed amount, decided as computed on the day given. */
export function useDecideGrants(programId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['GrantBulkDecisionInput']) =>
      unwrap(api.POST('/api/v1/support-programs/{id}/decisions', { params: { path: { id: programId } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export type GrantStep =
  | { step: 'plan'; body: components['schemas']['GrantStepInput'] }
  | { step: 'application'; body: components['schemas']['GrantApplicationInput'] }
  | { step: 'decision'; body: components['schemas']['GrantDecisionInput'] }
  | { step: 'payment'; body: components['schemas']['GrantPaymentInput'] }
  | { step: 'report'; body: components['schemas']['GrantReportInput'] }
  | { step: 'inspection'; body: components['schemas']['GrantInspectionInput'] }
  | { step: 'settlement'; body: components['schemas']['GrantSettlementInput'] };

/** One step of a case, with the ETag it was read with as If-Match. */
export function useGrantStep(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, ...s }: GrantStep & { etag: string }) => {
      const params = { path: { id }, header: { 'If-Match': etag } };
      switch (s.step) {
        case 'plan':
          return unwrap(api.PUT('/api/v1/grant-cases/{id}/plan', { params, body: s.body }));
        case 'application':
          return unwrap(api.PUT('/api/v1/grant-cases/{id}/application', { params, body: s.body }));
        case 'decision':
          return unwrap(api.PUT('/api/v1/grant-cases/{id}/decision', { params, body: s.body }));
        case 'payment':
          return unwrap(api.POST('/api/v1/grant-cases/{id}/payments', { params, body: s.body }));
        case 'report':
          return unwrap(api.PUT('/api/v1/grant-cases/{id}/report', { params, body: s.body }));
        case 'inspection':
          return unwrap(api.PUT('/api/v1/grant-cases/{id}/inspection', { params, body: s.body }));
        case 'settlement':
          return unwrap(api.PUT('/api/v1/grant-cases/{id}/settlement', { params, body: s.body }));
      }
    },
    // Also after a 409/412: the page then shows the case as it now stands, and its history.
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: keys.all }), client.invalidateQueries({ queryKey: ['history', 'grantCase', id] })]),
  });
}

/** 交付決定額の公表: one page of the year's decided amounts (of one program with programId), for anyone. */
export function usePublicGrants(fiscalYear: number, page: number, programId?: number) {
  return useQuery({
    queryKey: keys.public(fiscalYear, page, programId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/public/grants/{fiscalYear}', {
          params: { path: { fiscalYear }, query: { page, size: PUBLIC_GRANTS_PAGE_SIZE, programId } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A program the public amounts can be narrowed to. */
export type GrantedProgram = { id: number; name: string };
const GRANTED_KINDS: ReadonlySet<string> = new Set(['SUBSIDY', 'CONSIGNMENT']);

/** The year's subsidies and consignments in the catalogue's order (anyone may read the catalogue). */
export function useGrantedPrograms(fiscalYear: number) {
  return useQuery({
    queryKey: keys.publicPrograms(fiscalYear),
    queryFn: () =>
      unwrap(api.GET('/api/v1/support-programs', { params: { query: { fiscalYear, size: PUBLIC_GRANTS_PAGE_SIZE } } })),
    select: (page): GrantedProgram[] =>
      page.items.filter((p) => GRANTED_KINDS.has(p.kind)).map((p) => ({ id: p.id, name: p.name })),
    staleTime: 5 * 60_000,
  });
}

/** 支払一覧 for the accounting system: a plain link (the session cookie goes with it). */
export function paymentsCsvUrl(programId: number): string {
  return `/api/v1/grant-payments/csv?programId=${programId}`;
}

/** The open data of a year's amounts (of one program with programId) as CSV: a plain link, nothing to sign. */
export function publicGrantsCsvUrl(fiscalYear: number, programId?: number): string {
  return `/api/v1/public/grants/${fiscalYear}/csv${programId === undefined ? '' : `?programId=${programId}`}`;
}
