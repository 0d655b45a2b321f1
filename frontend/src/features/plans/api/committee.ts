import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import { ifMatch, MAX_PAGE_SIZE, query } from './support';
import type { CommitteeMeeting, CommitteeMeetingInput, CommitteeMember, CommitteeMemberInput } from './types';

/* 推進委員会: its members and its meetings. */

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
      return page.items;
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
