import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type {
  MilestoneStatus,
  CommitteeMeeting,
  CommitteeMeetingInput,
  CommitteeMember,
  CommitteeMemberInput,
  CorrectionInput,
  EvaluationSheet,
  EvaluationSheetInput,
  ProgressReportInput,
  PublicationInput,
} from './types';

/*
 * Every call of 計画・進捗・推進委員会・評価・公表, through the one typed client (`api`: same origin, session cookie,
 * Accept header, 401 handling; paths and bodies typed from openapi.yaml); answers go through the same unwrap
 * (problem+json → ApiError).
 */
type Params = {
  query?: Record<string, string | number | boolean | undefined>;
};

const MAX_PAGE_SIZE = 200;

/** '' and undefined stay off the query string. */
function query(params: Record<string, string | number | boolean | undefined>): Params['query'] {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
}

/**
 * The sheet has no version of its own (its rows carry theirs); an ETag the server sends with it is kept and
 * returned in If-Match, and none is made up.
 */
async function unwrapWithEtag<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Versioned<T>> {
  let etag: string | null = null;
  const data = await unwrap(
    call.then((r) => {
      etag = r.response.headers.get('ETag');
      return r;
    }),
  );
  return { data, etag: etag ?? '' };
}

/** If-Match when there is a version to send; without it the server answers 428 rather than overwrite. */
function ifMatch(etag: string | undefined): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}

export const planKeys = {
  all: ['plans'] as const,
  list: () => ['plans', 'list'] as const,
  detail: (id: number) => ['plans', 'detail', id] as const,
  tree: (id: number, filters: TreeQuery) => ['plans', 'tree', id, filters] as const,
  dashboard: (id: number, asOf: string | undefined) => ['plans', 'dashboard', id, asOf ?? ''] as const,
  initiative: (id: number) => ['plans', 'initiative', id] as const,
  reports: (initiativeId: number) => ['plans', 'initiative', initiativeId, 'progress-reports'] as const,
  timeline: (initiativeId: number) => ['plans', 'initiative', initiativeId, 'timeline'] as const,
  evaluations: (initiativeId: number) => ['plans', 'initiative', initiativeId, 'evaluations'] as const,
  report: (id: number) => ['plans', 'progress-report', id] as const,
  sheet: (planId: number, fy: number) => ['plans', 'sheet', planId, fy] as const,
  published: (planId: number) => ['plans', 'published', planId] as const,
  preview: (planId: number, fy: number) => ['plans', 'preview', planId, fy] as const,
};

// Plan and tree -----------------------------------------------------------------------------------------------

export function usePlans() {
  return useQuery({
    queryKey: planKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { size: MAX_PAGE_SIZE } } })),
  });
}

export function usePlan(id: number | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The filters of GET /plans/{id}/tree, as the API names them. */
export type TreeQuery = {
  pillarId?: number;
  sectionId?: number;
  tag?: string;
  targetKind?: string;
  behind?: boolean;
  q?: string;
  asOf?: string;
};

export function usePlanTree(id: number, filters: TreeQuery = {}) {
  return useQuery({
    queryKey: planKeys.tree(id, filters),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/tree', { params: { path: { id }, query: query(filters) } })),
    placeholderData: keepPreviousData,
  });
}

export function usePlanDashboard(id: number, asOf: string | undefined) {
  return useQuery({
    queryKey: planKeys.dashboard(id, asOf),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/dashboard', { params: { path: { id }, query: query({ asOf }) } })),
    placeholderData: keepPreviousData,
  });
}

// Initiatives and progress ------------------------------------------------------------------------------------

export function useInitiative(id: number) {
  return useQuery({
    queryKey: planKeys.initiative(id),
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/{id}', { params: { path: { id } } })),
  });
}

export function useProgressReports(initiativeId: number) {
  return useQuery({
    queryKey: planKeys.reports(initiativeId),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/initiatives/{id}/progress-reports', {
          params: { path: { id: initiativeId }, query: { size: MAX_PAGE_SIZE } },
        }),
      );
      return page.items ?? [];
    },
  });
}

export function useTimeline(initiativeId: number) {
  return useQuery({
    queryKey: planKeys.timeline(initiativeId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/initiatives/{id}/timeline', { params: { path: { id: initiativeId } } })),
  });
}

export function useInitiativeEvaluations(initiativeId: number, enabled = true) {
  return useQuery({
    queryKey: planKeys.evaluations(initiativeId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/initiatives/{id}/evaluations', { params: { path: { id: initiativeId } } })),
    enabled,
  });
}

/** A report with the ETag to send back when it is changed. */
export function useProgressReport(id: number) {
  return useQuery({
    queryKey: planKeys.report(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/progress-reports/{id}', { params: { path: { id } } })),
  });
}

export function useIndicatorBindings() {
  return useQuery({
    queryKey: ['indicator-bindings'],
    queryFn: () => unwrap(api.GET('/api/v1/indicator-bindings')),
    staleTime: Infinity,
  });
}

/**
 * Records a period's progress (POST, with an Idempotency-Key kept for the life of the form) or changes a report
 * (PUT with If-Match). The tree, the dashboard, the initiative and its timeline all show the new status.
 */
export function useSaveProgressReport(initiativeId: number, reportId: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: ProgressReportInput; etag?: string; idempotencyKey: string }) =>
      reportId === undefined
        ? unwrap(
            api.POST('/api/v1/initiatives/{id}/progress-reports', {
              params: { path: { id: initiativeId }, header: { 'Idempotency-Key': idempotencyKey } },
              body,
            }),
          )
        : unwrap(
            api.PUT('/api/v1/progress-reports/{id}', {
              params: { path: { id: reportId }, header: ifMatch(etag) },
              body,
            }),
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}

/** Sets a milestone's status (工程の状況; DONE records today as the day it was done). */
export function useUpdateMilestone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, status }: { id: number; version: number; status: MilestoneStatus }) =>
      unwrap(
        api.PUT('/api/v1/milestones/{id}', {
          params: { path: { id }, header: ifMatch(`"${version}"`) },
          body: { status },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}

// Committee ---------------------------------------------------------------------------------------------------

export const committeeKeys = {
  all: ['committee'] as const,
  members: (params: { active?: boolean; q?: string }) => ['committee', 'members', params] as const,
  meetings: (fiscalYear: number | undefined, page: number) => ['committee', 'meetings', fiscalYear ?? 0, page] as const,
};

export const MEETING_PAGE_SIZE = 20;

/** Members of the committee; a committee has a dozen or two, so one page holds them. */
export function useCommitteeMembers(params: { active?: boolean; q?: string } = {}) {
  return useQuery({
    queryKey: committeeKeys.members(params),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/committee-members', {
          params: { query: query({ ...params, size: MAX_PAGE_SIZE }) },
        }),
      );
      return page.items ?? [];
    },
    placeholderData: keepPreviousData,
  });
}

export function useCommitteeMeetings(fiscalYear: number | undefined, page: number) {
  return useQuery({
    queryKey: committeeKeys.meetings(fiscalYear, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/committee-meetings', {
          params: { query: query({ fiscalYear, page, size: MEETING_PAGE_SIZE }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The ETag of a listed record: the server's ETag is its version in quotes. */
export function etagOfRecord(r: { version?: number } | undefined): string | undefined {
  return r?.version === undefined ? undefined : etagOf(r.version);
}

export function useSaveCommitteeMember(member: CommitteeMember | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CommitteeMemberInput; idempotencyKey: string }) =>
      member?.id === undefined
        ? unwrap(
            api.POST('/api/v1/committee-members', {
              params: { header: { 'Idempotency-Key': idempotencyKey } },
              body,
            }),
          )
        : unwrap(
            api.PUT('/api/v1/committee-members/{id}', {
              params: { path: { id: member.id }, header: ifMatch(etagOfRecord(member)) },
              body,
            }),
          ),
    // Also after a 412: the list then shows the current record to start again from.
    onSettled: () => client.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

export function useSaveCommitteeMeeting(meeting: CommitteeMeeting | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CommitteeMeetingInput; idempotencyKey: string }) =>
      meeting?.id === undefined
        ? unwrap(
            api.POST('/api/v1/committee-meetings', {
              params: { header: { 'Idempotency-Key': idempotencyKey } },
              body,
            }),
          )
        : unwrap(
            api.PUT('/api/v1/committee-meetings/{id}', {
              params: { path: { id: meeting.id }, header: ifMatch(etagOfRecord(meeting)) },
              body,
            }),
          ),
    // Also after a 412: the list then shows the current record to start again from.
    onSettled: () => client.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

// Evaluations -------------------------------------------------------------------------------------------------

/** 評価の尺度; anyone may read it (also without signing in). */
export function useRatingGrades() {
  return useQuery({
    queryKey: ['rating-grades'],
    queryFn: () => unwrap(api.GET('/api/v1/rating-grades')),
    staleTime: 5 * 60_000,
  });
}

/** The year's sheet, with the ETag if the server sends one (the rows carry their own versions). */
export function useEvaluationSheet(planId: number, fiscalYear: number) {
  return useQuery({
    queryKey: planKeys.sheet(planId, fiscalYear),
    queryFn: () =>
      unwrapWithEtag(
        api.GET('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', {
          params: { path: { id: planId, fiscalYear } },
        }),
      ),
  });
}

function useSheetResult(planId: number, fiscalYear: number) {
  const client = useQueryClient();
  return (sheet: EvaluationSheet, etag?: string) => {
    client.setQueryData(planKeys.sheet(planId, fiscalYear), { data: sheet, etag: etag ?? '' });
    void client.invalidateQueries({ queryKey: planKeys.all });
  };
}

/** Saves the drafts of the rows sent (and the opinion) in one transaction. */
export function useSaveEvaluationSheet(planId: number, fiscalYear: number) {
  const done = useSheetResult(planId, fiscalYear);
  return useMutation({
    mutationFn: ({ body, etag }: { body: EvaluationSheetInput; etag?: string }) =>
      unwrapWithEtag(
        api.PUT('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', {
          params: { path: { id: planId, fiscalYear }, header: ifMatch(etag) },
          body,
        }),
      ),
    onSuccess: (result) => done(result.data, result.etag),
  });
}

/** 確定: every draft of the year becomes final. */
export function useFinalizeSheet(planId: number, fiscalYear: number) {
  const done = useSheetResult(planId, fiscalYear);
  return useMutation({
    mutationFn: () =>
      unwrapWithEtag(
        api.POST('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}/finalization', {
          params: { path: { id: planId, fiscalYear } },
        }),
      ),
    onSuccess: (result) => done(result.data, result.etag),
  });
}

/** 訂正: a new draft revision of a published evaluation, with the reason. */
export function useCorrectEvaluation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ evaluationId, body }: { evaluationId: number; body: CorrectionInput }) =>
      unwrap(
        api.POST('/api/v1/evaluations/{id}/corrections', {
          params: { path: { id: evaluationId } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.all }),
  });
}

// Publication -------------------------------------------------------------------------------------------------

export function usePublishedReports(planId: number) {
  return useQuery({
    queryKey: planKeys.published(planId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/reports', { params: { path: { id: planId } } })),
  });
}

/** 公表: stores the year's snapshot; the public pages read only these. */
export function usePublish(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicationInput) =>
      unwrap(
        api.POST('/api/v1/plans/{id}/reports', { params: { path: { id: planId } }, body }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKeys.all });
      void client.invalidateQueries({ queryKey: publicKeys.all });
    },
  });
}

/** The report as it would be published now. */
export function useReportPreview(planId: number, fiscalYear: number) {
  return useQuery({
    queryKey: planKeys.preview(planId, fiscalYear),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/reports/{fiscalYear}/preview', {
          params: { path: { id: planId, fiscalYear } },
        }),
      ),
    staleTime: 0,
  });
}

// Public, no sign-in ------------------------------------------------------------------------------------------

export const publicKeys = {
  all: ['public-reports'] as const,
  list: () => ['public-reports', 'list'] as const,
  report: (code: string, fy: number, revision: number | undefined) =>
    ['public-reports', code, fy, revision ?? 0] as const,
};

export function usePublicReports() {
  return useQuery({
    queryKey: publicKeys.list(),
    queryFn: () => unwrap(api.GET('/api/v1/public/reports')),
  });
}

export function usePublicReport(planCode: string, fiscalYear: number, revision: number | undefined) {
  return useQuery({
    queryKey: publicKeys.report(planCode, fiscalYear, revision),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/public/reports/{planCode}/{fiscalYear}', {
          params: { path: { planCode, fiscalYear }, query: query({ revision }) },
        }),
      ),
    // A published report never changes (a correction is a new revision).
    staleTime: Infinity,
  });
}

/** Open data of a published year: one row per initiative (CSV is UTF-8 with BOM). A plain link: nothing to sign. */
export function openDataUrl(planCode: string, fiscalYear: number, format: 'csv' | 'json'): string {
  return `/api/v1/public/reports/${encodeURIComponent(planCode)}/${fiscalYear}/initiatives${format === "csv" ? "/csv" : ""}`;
}
