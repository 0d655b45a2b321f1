import type { components } from '@/types/api';
import { stamps } from './fixtures';

type S = components['schemas'];

/*
 * Complete representations of 会議体と構成員 for tests, typed from the contract (as in fixtures.ts): a test overrides
 * only what it is about.
 */

export const councilBody = (o: Partial<S['CouncilBody']> = {}): S['CouncilBody'] => ({
  id: 2,
  code: 'BOARD',
  nameJa: '理事会',
  nameEn: 'Board',
  kind: 'BOARD',
  organizationId: 5,
  organizationName: '校区自治協議会連絡協議会',
  aliases: [],
  sortOrder: 20,
  side: 'COMMUNITY',
  quorum: 'MAJORITY',
  proxiesCount: false,
  seatTotal: 14,
  vacant: 1,
  version: 3,
  ...stamps,
  ...o,
});

export const councilSeat = (o: Partial<S['CouncilSeat']> = {}): S['CouncilSeat'] => ({
  id: 7,
  bodyId: 2,
  title: '理事',
  filling: 'ELECTED',
  seats: 11,
  seatsToday: 11,
  filled: 10,
  vacant: 1,
  termYears: 2,
  sortOrder: 10,
  version: 0,
  ...stamps,
  ...o,
});

export const roster = (o: Partial<S['CouncilBodyRoster']> = {}): S['CouncilBodyRoster'] => {
  const seats = o.seats ?? [councilSeat()];
  return {
    bodyId: 2,
    bodyName: '理事会',
    side: 'COMMUNITY',
    quorum: 'MAJORITY',
    proxiesCount: false,
    asOf: '2026-12-04',
    seats,
    seatTotal: seats.reduce((n, s) => n + s.seatsToday, 0),
    filled: seats.reduce((n, s) => n + s.filled, 0),
    vacant: seats.reduce((n, s) => n + s.vacant, 0),
    permissions: { canEdit: true },
    ...o,
  };
};

export const councilMember = (o: Partial<S['CouncilMember']> = {}): S['CouncilMember'] => ({
  id: 301,
  bodyId: 2,
  bodyName: '理事会',
  bodySide: 'COMMUNITY',
  seatId: 7,
  seatTitle: '理事',
  filling: 'ELECTED',
  personName: '山田 花子',
  personKana: 'やまだ はなこ',
  personalDataVisible: true,
  organizationId: 40,
  organizationName: '香椎校区自治協議会',
  districtId: 12,
  districtName: '香椎',
  termStart: '2025-05-24',
  termEnd: '2027-05-31',
  current: true,
  permissions: { canEdit: true },
  version: 1,
  ...stamps,
  ...o,
});

export const attendanceFigures = (o: Partial<S['MeetingAttendanceFigures']> = {}): S['MeetingAttendanceFigures'] => ({
  membersOnDay: 14,
  present: 10,
  proxy: 2,
  absent: 2,
  unrecorded: 0,
  quorumRequired: 8,
  quorumMet: true,
  ...o,
});

export const meetingAttendance = (o: Partial<S['MeetingAttendance']> = {}): S['MeetingAttendance'] => ({
  meetingId: 31,
  meetingName: '第3回理事会',
  heldOn: '2025-06-25',
  bodyId: 2,
  quorum: 'MAJORITY',
  proxiesCount: true,
  rows: [
    { memberId: 301, personName: '山田 花子', seatTitle: '理事', representing: '香椎', status: 'PRESENT' },
    { memberId: 302, personName: '佐藤 一郎', seatTitle: '理事', representing: '箱崎', status: 'PROXY' },
    { memberId: 303, seatTitle: '部会長', representing: '城浜' },
  ],
  permissions: { canEdit: true },
  version: 3,
  ...o,
});

export const meetingSummary = (o: Partial<S['CouncilMeetingSummary']> = {}): S['CouncilMeetingSummary'] => ({
  id: 31,
  bodyId: 2,
  bodyCode: 'BOARD',
  bodyName: '理事会',
  bodyKind: 'BOARD',
  number: 3,
  heldOn: '2025-06-25',
  fiscalYear: 2025,
  title: '第3回理事会',
  displayName: '第3回理事会',
  agendaItemCount: 4,
  version: 0,
  ...stamps,
  ...o,
});
