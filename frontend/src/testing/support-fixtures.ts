import type { components } from '@/types/api';
import { stamps } from './fixtures';

type S = components['schemas'];

/*
 * Complete representations of 研修・説明会, 施設 and 書類 for tests, typed from the contract (as in fixtures.ts): a test
 * overrides only what it is about.
 */

export const supportEvent = (o: Partial<S['SupportEvent']> = {}): S['SupportEvent'] => ({
  id: 7,
  fiscalYear: 2026,
  title: '令和8年度 補助金等説明会',
  kind: 'BRIEFING',
  heldOn: '2026-04-18',
  startsAt: '14:00',
  endsAt: '16:00',
  place: '市役所 講堂',
  audience: 'COMMUNITY',
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  programId: 12,
  programName: '補助金等説明会',
  capacity: 200,
  registeredTotal: 58,
  attendedTotal: 51,
  districtsAttended: 17,
  attendance: [],
  permissions: { canManage: true, canRecordAttendance: true },
  version: 2,
  ...stamps,
  ...o,
});

export const attendanceRow = (o: Partial<S['EventAttendanceRow']> = {}): S['EventAttendanceRow'] => ({
  districtId: 1,
  districtName: '香椎',
  wardName: '東区',
  organizationId: null,
  organizationName: null,
  registered: 2,
  attended: 1,
  ...o,
});

export const facility = (o: Partial<S['Facility']> = {}): S['Facility'] => ({
  id: 5,
  name: '香椎校区コミュニティセンター',
  kind: 'COMMUNITY_CENTER',
  districtId: 1,
  districtName: '香椎',
  wardName: '東区',
  address: '東区香椎1丁目2-3',
  owner: 'CITY',
  capacity: 100,
  builtYear: 1998,
  lentByCity: true,
  rooms: [
    { name: '大会議室', capacity: 100 },
    { name: '和室', capacity: 20 },
  ],
  works: [
    { doneOn: '1998-03-20', kind: 'CONSTRUCTION', description: '新築' },
    {
      doneOn: '2024-11-20',
      kind: 'REPAIR',
      description: '屋根防水改修',
      costYen: 3200000,
      programId: 14,
      programName: '校区コミュニティセンター等建築費補助',
      programFiscalYear: 2024,
      subsidyYen: 1600000,
    },
  ],
  subsidyTotalYen: 1600000,
  canEdit: true,
  version: 3,
  ...stamps,
  ...o,
});

export const supportFile = (o: Partial<S['SupportFile']> = {}): S['SupportFile'] => ({
  id: 31,
  step: 'APPLICATION',
  filename: '交付申請書.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 183204,
  uploadedAt: '2026-12-04T10:15:00+09:00',
  uploadedBy: 'liaison',
  ...o,
});

export const organizationSummary = (o: Partial<S['OrganizationSummary']> = {}): S['OrganizationSummary'] => ({
  id: 21,
  code: 'O21',
  kind: 'DISTRICT_COUNCIL',
  subKind: null,
  name: '香椎校区自治協議会',
  kana: 'かしいこうくじちきょうぎかい',
  districtId: 1,
  districtName: '香椎',
  parentId: null,
  legalEntity: false,
  version: 1,
  ...stamps,
  ...o,
});
