import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allItems, api, etagOf, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type CouncilBody = components['schemas']['CouncilBody'];
export type CouncilBodyInput = components['schemas']['CouncilBodyInput'];
export type CouncilBodyKind = components['schemas']['CouncilBodyKind'];
export type BodySide = components['schemas']['BodySide'];
export type QuorumRule = components['schemas']['QuorumRule'];
export type Roster = components['schemas']['CouncilBodyRoster'];
export type Seat = components['schemas']['CouncilSeat'];
export type SeatInput = components['schemas']['CouncilSeatInput'];
export type SeatFilling = components['schemas']['SeatFilling'];
export type Member = components['schemas']['CouncilMember'];
export type MemberInput = components['schemas']['CouncilMemberInput'];
export type MeetingSummary = components['schemas']['CouncilMeetingSummary'];
export type Attendance = components['schemas']['MeetingAttendance'];
export type AttendanceRow = components['schemas']['MeetingAttendanceRow'];
export type AttendanceStatus = components['schemas']['AttendanceStatus'];
export type AttendanceFigures = components['schemas']['MeetingAttendanceFigures'];

export const BODY_KINDS: readonly CouncilBodyKind[] = [
  'GENERAL_ASSEMBLY',
  'BOARD',
  'EXECUTIVE',
  'SECRETARIAT',
  'SECTION',
  'DISTRICT_COUNCIL_MEETING',
  'OTHER',
];
export const BODY_SIDES: readonly BodySide[] = ['COMMUNITY', 'CITY'];
export const QUORUM_RULES: readonly QuorumRule[] = ['NONE', 'MAJORITY', 'HALF', 'TWO_THIRDS'];
export const SEAT_FILLINGS: readonly SeatFilling[] = ['ELECTED', 'EX_OFFICIO', 'DISTRICT_REPRESENTATIVE', 'APPOINTED'];
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'PROXY', 'ABSENT'];
export const BODY_MEETINGS_PAGE_SIZE = 20;

/*
 * Query keys. The list of bodies shares its key (and its data: every body, in display order) with the meeting
 * pages' body pickers, so a body added or renamed here shows there at once; the meetings of a body and a meeting's
 * attendance sit under the meetings' key, which their own mutations invalidate.
 */
const keys = {
  bodies: ['council-bodies'] as const,
  body: (id: number) => ['council-bodies', 'body', id] as const,
  roster: (id: number) => ['council-bodies', 'roster', id] as const,
  members: (id: number, current: boolean) => ['council-bodies', 'members', id, current] as const,
  person: (memberId: number) => ['council-bodies', 'person', memberId] as const,
  councils: ['council-bodies', 'councils'] as const,
  districtOrganizations: (districtId: number) => ['council-bodies', 'organizations', districtId] as const,
  meetings: (bodyId: number, page: number) => ['council-meetings', 'body', bodyId, page] as const,
  attendance: (meetingId: number) => ['council-meetings', 'attendance', meetingId] as const,
};

/** Every body in display order (the list is short: the city-wide council's, the districts' and the city's). */
export function useCouncilBodyList() {
  return useQuery({
    queryKey: keys.bodies,
    queryFn: () => allItems((query) => api.GET('/api/v1/council-bodies', { params: { query } })),
    staleTime: 60_000,
  });
}

export function useCouncilBody(id: number) {
  return useQuery({
    queryKey: keys.body(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/council-bodies/{id}', { params: { path: { id } } })),
  });
}

/** 構成と欠員: the seats with today's 定数, members in term and vacancies. */
export function useRoster(id: number) {
  return useQuery({
    queryKey: keys.roster(id),
    queryFn: () => unwrap(api.GET('/api/v1/council-bodies/{id}/roster', { params: { path: { id } } })),
  });
}

/** The body's members in term today (`current`), or those whose term ended or is yet to start. */
export function useBodyMembers(id: number, current: boolean, enabled = true) {
  return useQuery({
    queryKey: keys.members(id, current),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/council-bodies/{id}/members', { params: { path: { id }, query: { ...query, current } } })),
    enabled,
  });
}

/** A person's seats in every body, current and past (office and liaisons). */
export function usePersonSeats(memberId: number) {
  return useQuery({
    queryKey: keys.person(memberId),
    queryFn: () => allItems((query) => api.GET('/api/v1/council-members', { params: { query: { ...query, person: memberId } } })),
  });
}

/** The councils a body may belong to: the city-wide council and the district councils. */
export function useCouncils(enabled = true) {
  return useQuery({
    queryKey: keys.councils,
    queryFn: async () => {
      const of = (kind: string) =>
        allItems((query) => api.GET('/api/v1/organizations', { params: { query: { ...query, kind, sort: 'code' } } }));
      const [city, districts] = await Promise.all([of('CITY_COUNCIL'), of('DISTRICT_COUNCIL')]);
      return [...city, ...districts];
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The organizations of a district, for whom a member represents. */
export function useDistrictOrganizations(districtId: number | undefined) {
  return useQuery({
    queryKey: keys.districtOrganizations(districtId ?? 0),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/organizations', { params: { query: { ...query, districtId, sort: 'code' } } })),
    enabled: districtId !== undefined,
    staleTime: 60_000,
  });
}

/** The body's meetings, newest first. */
export function useBodyMeetings(bodyId: number, page: number) {
  return useQuery({
    queryKey: keys.meetings(bodyId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/council-meetings', {
          params: { query: { bodyId, page, size: BODY_MEETINGS_PAGE_SIZE, sort: '-heldOn' } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** 出欠: the members in term on the meeting's day and their attendance; the ETag is the meeting's. */
export function useAttendance(meetingId: number) {
  return useQuery({
    queryKey: keys.attendance(meetingId),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/council-meetings/{id}/attendance', { params: { path: { id: meetingId } } })),
  });
}

/** What changes with a body's seats and members: its roster, members, figures, history and the office's worklist. */
function useBodyChanged(bodyId: number) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.bodies }),
      client.invalidateQueries({ queryKey: ['history', 'councilBody', bodyId] }),
      client.invalidateQueries({ queryKey: ['workspace'] }),
    ]);
}

/** Adds a body (Idempotency-Key) or replaces its settings (If-Match). */
export function useSaveCouncilBody(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: CouncilBodyInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/council-bodies', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/council-bodies/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    // Not after a failure: a 412 leaves the form as typed with its warning, and 最新の内容を読み込む reloads it
    // (refreshing here would remount the form, keyed by the ETag, and drop what was typed).
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.bodies }),
        client.invalidateQueries({ queryKey: ['history', 'councilBody'] }),
        client.invalidateQueries({ queryKey: ['council-meetings'] }),
      ]),
  });
}

export function useDeleteCouncilBody(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/council-bodies/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    // The list, not the body itself (gone: its page is left for the list).
    onSuccess: () => client.invalidateQueries({ queryKey: keys.bodies, exact: true }),
    // Refused (412: changed meanwhile; 409): the body as it now stands, so that a second try sends its ETag.
    onError: () => client.invalidateQueries({ queryKey: keys.body(id) }),
  });
}

/** The ETag of a seat or member as listed (the bare version matches while the record is unchanged). */
export const versionEtag = (record: { version: number }) => etagOf(record.version);

export function useSaveSeat(bodyId: number, seatId: number | undefined) {
  const changed = useBodyChanged(bodyId);
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: SeatInput; etag?: string; idempotencyKey?: string }) =>
      seatId === undefined
        ? unwrap(
            api.POST('/api/v1/council-bodies/{id}/seats', {
              params: { path: { id: bodyId }, header: { 'Idempotency-Key': idempotencyKey ?? '' } },
              body,
            }),
          )
        : unwrap(api.PUT('/api/v1/council-seats/{id}', { params: { path: { id: seatId }, header: { 'If-Match': etag ?? '' } }, body })),
    onSettled: changed,
  });
}

export function useDeleteSeat(bodyId: number) {
  const changed = useBodyChanged(bodyId);
  return useMutation({
    mutationFn: (seat: Seat) =>
      unwrap(api.DELETE('/api/v1/council-seats/{id}', { params: { path: { id: seat.id }, header: { 'If-Match': versionEtag(seat) } } })),
    onSettled: changed,
  });
}

export function useSaveMember(bodyId: number, memberId: number | undefined) {
  const changed = useBodyChanged(bodyId);
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: MemberInput; etag?: string; idempotencyKey?: string }) =>
      memberId === undefined
        ? unwrap(
            api.POST('/api/v1/council-bodies/{id}/members', {
              params: { path: { id: bodyId }, header: { 'Idempotency-Key': idempotencyKey ?? '' } },
              body,
            }),
          )
        : unwrap(
            api.PUT('/api/v1/council-members/{id}', { params: { path: { id: memberId }, header: { 'If-Match': etag ?? '' } }, body }),
          ),
    onSettled: changed,
  });
}

export function useDeleteMember(bodyId: number) {
  const changed = useBodyChanged(bodyId);
  return useMutation({
    mutationFn: (member: Member) =>
      unwrap(
        api.DELETE('/api/v1/council-members/{id}', { params: { path: { id: member.id }, header: { 'If-Match': versionEtag(member) } } }),
      ),
    onSettled: changed,
  });
}

/** A member as it is now (after a 412), or undefined when it is gone. */
export async function fetchMember(id: number): Promise<Member | undefined> {
  const { data, error, response } = await api.GET('/api/v1/council-members/{id}', { params: { path: { id } } });
  if (response.status === 404) return undefined;
  if (error) throw new Error(String(response.status));
  return data;
}

/** A seat as it is now (after a 412), or undefined when it is gone. */
export async function fetchSeat(id: number): Promise<Seat | undefined> {
  const { data, error, response } = await api.GET('/api/v1/council-seats/{id}', { params: { path: { id } } });
  if (response.status === 404) return undefined;
  if (error) throw new Error(String(response.status));
  return data;
}

/** 出欠の記録: replaces every row with the meeting's ETag as If-Match. */
export function useRecordAttendance(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ rows, etag }: { rows: { memberId: number; status: AttendanceStatus }[]; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/council-meetings/{id}/attendance', {
          params: { path: { id: meetingId }, header: { 'If-Match': etag } },
          body: { rows },
        }),
      ),
    // Only once saved: after a 412 the form keeps what was chosen until the user loads the current attendance.
    onSuccess: () => client.invalidateQueries({ queryKey: ['council-meetings'] }),
  });
}
