import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate, type TFunction } from '@/lib/i18n';
import { http, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { districtSummary, organization, section } from '@/testing/fixtures';
import type { AuditEvent } from '../api/get-history';
import { fieldLabel, HistoryList, valueText, visibleChanges } from './history-list';

const t: TFunction = (key, params) => translate('ja', key, params);

describe('history helpers', () => {
  it('leaves out bookkeeping fields', () => {
    // The contract types before/after loosely (a JSON node); on the wire they are plain values.
    const event = {
      changes: [
        { field: 'version', before: 1, after: 2 },
        { field: 'households', before: 1, after: 2 },
      ],
    };
    expect(visibleChanges(event as unknown as AuditEvent)).toEqual([{ field: 'households', before: 1, after: 2 }]);
  });

  it('names fields in the reader language', () => {
    expect(fieldLabel('memberHouseholds', t)).toBe('加入世帯数');
    expect(fieldLabel('contact.phone', t)).toBe('連絡先電話番号');
    expect(fieldLabel('somethingNew', t)).toBe('somethingNew');
  });

  it('has a Japanese label for every audited field of districts and organizations', () => {
    const audited = [
      // District, its statistics and liaison assignments
      ...['code', 'name', 'kana', 'wardId', 'communityHall', 'note', 'fiscalYear', 'population', 'households'],
      ...['displayName', 'startsOn', 'endsOn'],
      // Organization, membership figures, officers
      ...['kind', 'subKind', 'districtId', 'parentId', 'foundedOn', 'legalEntity', 'legalEntitySince'],
      ...['publishesAssemblyDocuments', 'publishesAccounts', 'contactName', 'contactPhone', 'contactAddress', 'contactEmail'],
      ...['memberHouseholds', 'joinRate', 'areaCountMethod', 'source'],
      ...['role', 'personName', 'personKana', 'phone', 'address', 'termStart', 'termEnd'],
    ];
    const missing = audited.filter((f) => !/[\u3000-\u9fff]/.test(fieldLabel(f, t)));
    expect(missing).toEqual([]);
  });

  it("leaves out the subject itself and a person's number when their name is there", () => {
    const event = {
      action: 'CREATE',
      changes: [
        { field: 'districtId', after: 3 },
        { field: 'userId', after: 4 },
        { field: 'displayName', after: '博多 花子' },
        { field: 'startsOn', after: '2025-04-01' },
      ],
    } as unknown as AuditEvent;
    expect(visibleChanges(event, { type: 'district', id: 3 }).map((c) => c.field)).toEqual(['displayName', 'startsOn']);
  });
});

describe('HistoryList', () => {
  it('names wards, districts and organizations instead of showing their ids', async () => {
    server.use(
      http.get('/api/v1/organizations/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 2,
              entityType: 'Organization',
              entityId: 12,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2025-06-01T10:02:00+09:00',
              changes: [
                { field: 'districtId', before: 1, after: 2 },
                { field: 'parentId', before: 40, after: 41 },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 20,
          nextCursor: null,
        }),
      ),
      http.get('/api/v1/districts', ({ response }) =>
        response(200).json({
          items: [districtSummary({ id: 1, name: '香椎' }), districtSummary({ id: 2, name: '香椎東' })],
          total: 2,
          page: 1,
          size: 200,
          nextCursor: null,
        }),
      ),
      http.get('/api/v1/organizations/{id}', ({ params, response }) =>
        response(200).json(organization({ id: Number(params.id), name: params.id === '40' ? '香椎校区自治協議会' : '香椎東校区自治協議会' })),
      ),
    );
    renderWithProviders(<HistoryList subject={{ type: 'organization', id: 12 }} />);
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('香椎東')).toBeInTheDocument();
    expect(within(table).getByText('香椎')).toBeInTheDocument();
    expect(await within(table).findByText('香椎校区自治協議会')).toBeInTheDocument();
    expect(within(table).getByText('上位団体')).toBeInTheDocument();
    expect(table.querySelector('tbody')!.textContent).not.toMatch(/[0-9]/);
  });

  it('shows who changed what, when, before and after', async () => {
    server.use(
      http.get('/api/v1/organizations/{id}/history', ({ params, response }) => {
        expect(params.id).toBe('12');
        return response(200).json({
          items: [
            {
              id: 1,
              entityType: 'MembershipFigure',
              entityId: 40,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2025-06-01T10:02:00+09:00',
              changes: [
                { field: 'fiscalYear', before: 2025, after: 2025 },
                { field: 'memberHouseholds', before: 160, after: 170 },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 50,
          nextCursor: null,
        });
      }),
    );
    renderWithProviders(<HistoryList subject={{ type: 'organization', id: 12 }} />);
    expect(await screen.findByText('office')).toBeInTheDocument();
    expect(screen.getByText('令和7年6月1日 10:02')).toBeInTheDocument();
    expect(screen.getByText('更新')).toBeInTheDocument();
    expect(screen.getByText('加入世帯数: 令和7年度 (2025)')).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: '加入世帯数' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('160')).toBeInTheDocument();
    expect(within(row).getByText('170')).toBeInTheDocument();
    // The unchanged key (the year) is in the heading, not repeated as a change.
    expect(screen.queryByRole('rowheader', { name: '年度' })).not.toBeInTheDocument();
  });
});

const JAPANESE = /[\u3000-\u9fff]/;

describe('history of activity records, voices and reports from districts', () => {
  // the fields each server aggregate writes (ActivityService, AttachmentService, VoiceService, UpwardReportService)
  const audited: Record<string, string[]> = {
    Activity: ['type', 'occurredOn', 'startsAt', 'endsAt', 'districtIds', 'organizationIds', 'staff', 'sectionIds', 'summary', 'followUps'],
    ActivityAttachment: ['filename', 'mediaType', 'sizeBytes'],
    Voice: [
      ...['kind', 'status', 'districtId', 'organizationId', 'receivedOn', 'receivedByName', 'subject', 'body', 'dueOn'],
      ...['sectionId', 'routedOn', 'answer', 'answeredByName', 'answeredOn', 'closedOn', 'closingNote'],
    ],
    UpwardReport: ['type', 'title', 'districtId', 'organizationId', 'receivedOn', 'fiscalYear', 'sectionName', 'sectionId', 'url', 'note'],
  };

  it('has a Japanese label for every field they write, never the field name', () => {
    const missing = Object.entries(audited).flatMap(([entity, fields]) =>
      fields.filter((f) => !JAPANESE.test(fieldLabel(f, t, entity))).map((f) => `${entity}.${f}`),
    );
    expect(missing).toEqual([]);
    expect(fieldLabel('summary', t, 'Activity')).toBe('概要');
    expect(fieldLabel('kind', t, 'Voice')).toBe('種別');
    expect(fieldLabel('routedOn', t, 'Voice')).toBe('担当課へ送った日');
  });

  it('shows codes in words, lists of ids as names, staff without account numbers and follow-ups as lines', () => {
    const known: Record<string, Record<number, string>> = {
      districtId: { 1: '香椎', 2: '名島' },
      sectionId: { 14: '道路課' },
      organizationId: { 40: '香椎校区自治協議会' },
    };
    const names = (field: string, value: unknown) => known[field]?.[value as number];
    expect(valueText('type', 'VISIT', t, 'ja', names, 'Activity')).toBe('訪問');
    expect(valueText('type', 'NEWSLETTER', t, 'ja', names, 'UpwardReport')).toBe('広報紙');
    expect(valueText('kind', 'COMPLAINT', t, 'ja', names, 'Voice')).toBe('苦情');
    expect(valueText('status', 'ANSWERED', t, 'ja', names, 'Voice')).toBe('回答済');
    expect(valueText('districtIds', [1, 2], t, 'ja', names, 'Activity')).toBe('香椎、名島');
    expect(valueText('sectionIds', [14, 99], t, 'ja', names, 'Activity')).toBe('道路課、（名称不明）');
    expect(valueText('organizationIds', [], t, 'ja', names, 'Activity')).toBe('—');
    expect(valueText('staff', ['古賀 健一 (5)', '自治会長'], t, 'ja', names, 'Activity')).toBe('古賀 健一、自治会長');
    const followUps = [
      { description: '道路課へ伝える', responsibleId: 5, responsibleName: '古賀 健一', dueOn: '2026-12-10', status: 'OPEN' },
      { description: '資料を送る', responsibleId: 8, dueOn: '2026-12-01', status: 'DONE', doneOn: '2026-12-02' },
    ];
    const text = valueText('followUps', followUps, t, 'ja', names, 'Activity', (id) => (id === 8 ? '博多 花子' : undefined));
    expect(text).toBe(
      '道路課へ伝える（担当者: 古賀 健一、期限: 令和8年12月10日、未対応）\n資料を送る（担当者: 博多 花子、期限: 令和8年12月1日、令和8年12月2日 対応済）',
    );
    expect(text).not.toMatch(/responsible|OPEN|DONE/);
    expect(valueText('sizeBytes', 2048, t, 'ja', names, 'ActivityAttachment')).toBe('2,048 バイト');
  });

  it('names the record on a voice’s page: its fields in Japanese, its section by name', async () => {
    server.use(
      http.get('/api/v1/voices/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 9,
              entityType: 'Voice',
              entityId: 3,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2026-11-02T09:00:00+09:00',
              changes: [
                { field: 'status', before: 'RECEIVED', after: 'IN_PROGRESS' },
                { field: 'sectionId', after: 14 },
                { field: 'routedOn', after: '2026-11-02' },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 20,
          nextCursor: null,
        }),
      ),
      http.get('/api/v1/sections', ({ response }) =>
        response(200).json({ items: [section({ id: 14, name: '道路課', departmentName: '道路部' })], total: 1, page: 1, size: 200, nextCursor: null }),
      ),
    );
    renderWithProviders(<HistoryList subject={{ type: 'voice', id: 3 }} />);
    const table = await screen.findByRole('table');
    expect(screen.getByText('地域の声')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '状況' })).toBeInTheDocument();
    expect(within(table).getByText('受付')).toBeInTheDocument();
    expect(within(table).getByText('担当課で対応中')).toBeInTheDocument();
    expect(await within(table).findByText('道路部 道路課')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '担当課へ送った日' })).toBeInTheDocument();
    expect(table.textContent).not.toMatch(/sectionId|status|IN_PROGRESS|14/);
  });
});

describe('history of grant cases (交付案件)', () => {
  // the fields GrantCases.auditState writes
  const audited = [
    ...['status', 'programId', 'organizationId', 'planReceivedOn', 'appliedOn', 'eligibleCost', 'units', 'households'],
    ...['memberHouseholds', 'population', 'computedYen', 'decidedYen', 'overrideReason', 'decidedOn', 'paidYen', 'reportedOn'],
    ...['reportedCost', 'reportedUnits', 'inspectedOn', 'findings', 'corrections', 'finalYen', 'finalReason', 'refundYen', 'settledOn'],
  ];

  it('has a Japanese label for every field, statuses in words, amounts in yen and units by key', () => {
    expect(audited.filter((f) => !JAPANESE.test(fieldLabel(f, t, 'GrantCase')))).toEqual([]);
    expect(valueText('status', 'DECIDED', t, 'ja', undefined, 'GrantCase')).toBe('交付決定');
    expect(valueText('decidedYen', 944000, t, 'ja', undefined, 'GrantCase')).toBe('944,000円');
    expect(valueText('units', '{"LED":5,"NEW":2}', t, 'ja', undefined, 'GrantCase')).toBe('LED 5、NEW 2');
    expect(valueText('households', 3120, t, 'ja', undefined, 'GrantCase')).toBe('3,120');
  });

  it('reads the case’s own history, leaving out the program and organization it belongs to', async () => {
    server.use(
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 4,
              entityType: 'GrantCase',
              entityId: 301,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2026-05-01T09:00:00+09:00',
              changes: [
                { field: 'programId', before: 7, after: 7 },
                { field: 'status', before: 'APPLIED', after: 'DECIDED' },
                { field: 'decidedYen', after: 250000 },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 20,
          nextCursor: null,
        }),
      ),
    );
    renderWithProviders(<HistoryList subject={{ type: 'grantCase', id: 301 }} />);
    const table = await screen.findByRole('table');
    expect(screen.getByText('交付案件')).toBeInTheDocument();
    expect(within(table).getByText('申請受付')).toBeInTheDocument();
    expect(within(table).getAllByText('交付決定').length).toBeGreaterThan(0);
    expect(within(table).getByText('250,000円')).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: '事業名' })).not.toBeInTheDocument();
  });
});

describe('history of trainings, facilities and documents (研修・説明会, 施設, 書類)', () => {
  // the fields SupportEvents.auditState, Facilities.auditState and SupportFiles.state write
  const audited: Record<string, string[]> = {
    SupportEvent: ['title', 'kind', 'heldOn', 'startsAt', 'endsAt', 'place', 'audience', 'sectionId', 'programId', 'capacity', 'description', 'attendance'],
    Facility: ['name', 'kind', 'districtId', 'address', 'owner', 'ownerName', 'capacity', 'builtYear', 'lentByCity', 'note', 'rooms', 'works'],
    SupportFile: ['step', 'filename', 'mediaType', 'sizeBytes'],
  };

  it('has a Japanese label for every field, and codes in words', () => {
    const missing = Object.entries(audited).flatMap(([entity, fields]) =>
      fields.filter((f) => !JAPANESE.test(fieldLabel(f, t, entity))).map((f) => `${entity}.${f}`),
    );
    expect(missing).toEqual([]);
    expect(valueText('kind', 'BRIEFING', t, 'ja', undefined, 'SupportEvent')).toBe('説明会');
    expect(valueText('audience', 'COMMUNITY', t, 'ja', undefined, 'SupportEvent')).toBe('地域コミュニティ組織等');
    expect(valueText('kind', 'KOMINKAN', t, 'ja', undefined, 'Facility')).toBe('公民館');
    expect(valueText('owner', 'ASSOCIATION', t, 'ja', undefined, 'Facility')).toBe('自治会・町内会');
    expect(valueText('step', 'APPLICATION', t, 'ja', undefined, 'SupportFile')).toBe('交付申請');
  });

  it('names the kind of record of each entry', async () => {
    server.use(
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 5,
              entityType: 'SupportFile',
              entityId: 31,
              action: 'CREATE',
              actor: 'liaison',
              occurredAt: '2026-12-04T10:15:00+09:00',
              changes: [
                { field: 'step', after: 'APPLICATION' },
                { field: 'filename', after: '交付申請書.pdf' },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 20,
          nextCursor: null,
        }),
      ),
    );
    renderWithProviders(<HistoryList subject={{ type: 'grantCase', id: 301 }} />);
    const table = await screen.findByRole('table');
    expect(screen.getByText('書類')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '手続き' })).toBeInTheDocument();
    expect(within(table).getByText('交付申請')).toBeInTheDocument();
  });
});
