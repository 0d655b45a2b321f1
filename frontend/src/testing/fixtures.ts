import type { components } from '@/types/api';

type S = components['schemas'];

/**
 * Complete API representations for tests, typed from the contract: each factory returns a realistic object with
 * every property the server sends, and a test overrides only what it is about (`plan({ code: 'P2' })`).
 */

/** The record timestamps every versioned representation carries. */
export const stamps = { createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z' };

export const me = (o: Partial<S['Me']> = {}): S['Me'] => ({
  id: 1,
  username: 'office',
  displayName: '事務局 担当',
  role: 'OFFICE',
  districtIds: [],
  ...o,
});

export const session = (o: Partial<S['Session']> = {}): S['Session'] => ({
  expiresAt: '2026-04-01T18:00:00+09:00',
  user: me(),
  ...o,
});

export const fieldProblem = (o: Partial<S['FieldProblem']> = {}): S['FieldProblem'] => ({
  field: 'memberHouseholds',
  message: 'must be less than or equal to households',
  code: 'Max',
  ...o,
});

export const planSummary = (o: Partial<S['PlanSummary']> = {}): S['PlanSummary'] => ({
  id: 1,
  code: 'P1',
  name: '第3次共働推進計画',
  owner: '市民局',
  fromFiscalYear: 2024,
  toFiscalYear: 2028,
  initiatives: 0,
  version: 1,
  ...stamps,
  ...o,
});

export const planDetail = (o: Partial<S['PlanDetail']> = {}): S['PlanDetail'] => ({ ...planSummary(), ...o });

export const planTree = (o: Partial<S['PlanTree']> = {}): S['PlanTree'] => ({
  plan: planSummary(),
  asOf: '2026-04-01',
  nodes: [],
  ...o,
});

export const planTreeNode = (o: Partial<S['PlanTreeNode']> = {}): S['PlanTreeNode'] => ({
  id: 1,
  depth: 0,
  position: 1,
  levelName: '基本目標',
  title: '地域のつながりを強める',
  relisted: false,
  children: [],
  ...o,
});

export const initiativeSummary = (o: Partial<S['InitiativeSummary']> = {}): S['InitiativeSummary'] => ({
  id: 1,
  planId: 1,
  refKey: 'I-1',
  title: '自治会加入の促進',
  targets: [],
  sectionIds: [],
  sectionNames: [],
  behind: false,
  behindReasons: [],
  placements: 1,
  version: 1,
  ...stamps,
  ...o,
});

export const initiativeDetail = (o: Partial<S['InitiativeDetail']> = {}): S['InitiativeDetail'] => ({
  ...initiativeSummary(),
  points: [],
  notes: [],
  milestones: [],
  placementList: [],
  ...o,
});

export const milestone = (o: Partial<S['MilestoneResponse']> = {}): S['MilestoneResponse'] => ({
  id: 1,
  position: 1,
  title: '手引きの作成',
  status: 'PLANNED',
  overdue: false,
  version: 1,
  ...stamps,
  ...o,
});

export const progressReport = (o: Partial<S['ProgressReport']> = {}): S['ProgressReport'] => ({
  id: 1,
  initiativeId: 1,
  fiscalYear: 2025,
  half: 1,
  status: 'IN_PROGRESS',
  evidence: [],
  indicators: [],
  reportedBy: 'department',
  reportedAt: '2025-10-15T10:00:00+09:00',
  version: 1,
  ...stamps,
  ...o,
});

export const evaluation = (o: Partial<S['Evaluation']> = {}): S['Evaluation'] => ({
  id: 1,
  planId: 1,
  fiscalYear: 2025,
  revision: 1,
  state: 'DRAFT',
  writtenBy: 'committee',
  version: 1,
  ...stamps,
  ...o,
});

export const evaluationRow = (o: Partial<S['EvaluationRow']> = {}): S['EvaluationRow'] => ({
  initiativeId: 1,
  path: '1-1',
  title: '自治会加入の促進',
  ...o,
});

export const evaluationSheet = (o: Partial<S['EvaluationSheet']> = {}): S['EvaluationSheet'] => ({
  planId: 1,
  fiscalYear: 2025,
  grades: [],
  counts: { draft: 0, finalized: 0, published: 0, missing: 0 },
  rows: [],
  ...o,
});

export const publishedReport = (o: Partial<S['PublishedReportSummary']> = {}): S['PublishedReportSummary'] => ({
  planId: 1,
  planCode: 'P1',
  fiscalYear: 2025,
  revision: 1,
  publishedAt: '2026-06-01T10:00:00+09:00',
  publishedBy: 'office',
  ...o,
});

export const publicRevision = (o: Partial<S['PublicRevision']> = {}): S['PublicRevision'] => ({
  revision: 1,
  publishedAt: '2026-06-01T10:00:00+09:00',
  ...o,
});

export const publicEvaluation = (o: Partial<S['PublicEvaluation']> = {}): S['PublicEvaluation'] => ({
  revision: 1,
  ...o,
});

export const publicInitiative = (o: Partial<S['PublicInitiative']> = {}): S['PublicInitiative'] => ({
  refKey: 'I-1',
  title: '自治会加入の促進',
  points: [],
  notes: [],
  targets: [],
  progress: [],
  ...o,
});

export const publicProgress = (o: Partial<S['PublicProgress']> = {}): S['PublicProgress'] => ({
  half: 1,
  status: 'IN_PROGRESS',
  evidence: [],
  indicators: [],
  ...o,
});

export const committeeMember = (o: Partial<S['CommitteeMember']> = {}): S['CommitteeMember'] => ({
  id: 1,
  name: '山田 花子',
  affiliation: '校区自治協議会',
  termFrom: '2024-04-01',
  active: true,
  version: 1,
  ...stamps,
  ...o,
});

export const ward = (o: Partial<S['Ward']> = {}): S['Ward'] => ({
  id: 1,
  code: '01',
  name: '東区',
  kana: 'ひがしく',
  version: 1,
  ...stamps,
  ...o,
});

export const districtSummary = (o: Partial<S['DistrictSummary']> = {}): S['DistrictSummary'] => ({
  id: 1,
  code: 'D01',
  name: '香椎',
  kana: 'かしい',
  wardId: 1,
  wardName: '東区',
  fiscalYear: 2025,
  associations: 12,
  households: 5120,
  memberHouseholds: 3988,
  joinRate: 0.7789,
  ...stamps,
  ...o,
});

export const organizationTreeNode = (o: Partial<S['OrganizationTreeNode']> = {}): S['OrganizationTreeNode'] => ({
  id: 1,
  code: 'O1',
  kind: 'NEIGHBORHOOD_ASSOCIATION',
  name: '香椎一丁目自治会',
  kana: 'かしいいっちょうめじちかい',
  canEdit: false,
  ...o,
});

export const organization = (o: Partial<S['Organization']> = {}): S['Organization'] => ({
  id: 1,
  code: 'O1',
  kind: 'NEIGHBORHOOD_ASSOCIATION',
  name: '香椎一丁目自治会',
  kana: 'かしいいっちょうめじちかい',
  legalEntity: false,
  publishesAssemblyDocuments: false,
  publishesAccounts: false,
  permissions: { canEdit: true },
  version: 1,
  ...stamps,
  ...o,
});

export const organizationKind = (o: Partial<S['OrganizationKind']> = {}): S['OrganizationKind'] => ({
  code: 'NEIGHBORHOOD_ASSOCIATION',
  labelJa: '自治会・町内会',
  labelEn: 'Neighborhood association',
  sortOrder: 1,
  hasMembership: true,
  districtScoped: true,
  subKinds: [],
  version: 1,
  ...o,
});

export const membershipFigure = (o: Partial<S['MembershipFigure']> = {}): S['MembershipFigure'] => ({
  id: 1,
  organizationId: 1,
  fiscalYear: 2025,
  households: 120,
  memberHouseholds: 96,
  joinRate: 0.8,
  areaCountMethod: 'RESIDENT_REGISTRY',
  source: null,
  note: null,
  version: 1,
  ...stamps,
  ...o,
});

export const officer = (o: Partial<S['Officer']> = {}): S['Officer'] => ({
  id: 1,
  organizationId: 1,
  organizationName: '香椎一丁目自治会',
  role: 'CHAIR',
  personName: '山田 太郎',
  termStart: '2025-04-01',
  version: 1,
  ...stamps,
  ...o,
});

export const section = (o: Partial<S['Section']> = {}): S['Section'] => ({
  id: 1,
  code: 'S01',
  name: 'コミュニティ推進課',
  kana: 'こみゅにてぃすいしんか',
  departmentId: 1,
  departmentName: 'コミュニティ推進部',
  bureauId: 1,
  bureauName: '市民局',
  sortOrder: 1,
  version: 1,
  ...stamps,
  ...o,
});

export const requestRule = (o: Partial<S['CityRequestRule']> = {}): S['CityRequestRule'] => ({
  id: 'R1',
  severity: 'WARN',
  fields: [],
  textJa: '依頼の内容を確認してください。',
  textEn: 'Check the request.',
  ...o,
});

export const cityRequest = (o: Partial<S['CityRequest']> = {}): S['CityRequest'] => ({
  id: 1,
  code: 'CR-2025-001',
  title: '広報紙の回覧',
  sectionId: 1,
  sectionName: 'コミュニティ推進課',
  departmentId: 1,
  departmentName: 'コミュニティ推進部',
  bureauId: 1,
  bureauName: '市民局',
  fiscalYear: 2025,
  kind: 'NOTICE',
  asks: ['CIRCULATION'],
  receiverKinds: [],
  allDistricts: true,
  districtIds: [],
  wardIds: [],
  channel: 'DIRECT',
  schedule: [],
  mandatory: false,
  people: 1,
  hoursPerPerson: 1,
  status: 'ACTIVE',
  burden: {
    receivingOrganizations: 0,
    occurrencesPerYear: 0,
    hoursPerOccurrence: 0,
    hoursPerOrganizationPerYear: 0,
    annualHours: 0,
  },
  warnings: [],
  permissions: { canEdit: true },
  version: 1,
  ...stamps,
  ...o,
});

export const reviewCycle = (o: Partial<S['ReviewCycle']> = {}): S['ReviewCycle'] => ({
  id: 1,
  fiscalYear: 2025,
  baselineYear: 2024,
  title: '令和7年度 依頼の見直し',
  status: 'OPEN',
  progress: { requests: 0, notStarted: 0, selfAssessed: 0, decided: 0, carriedOut: 0 },
  version: 1,
  ...stamps,
  ...o,
});

export const reviewItem = (o: Partial<S['ReviewItem']> = {}): S['ReviewItem'] => ({
  cycleId: 1,
  requestId: 1,
  requestCode: 'CR-2025-001',
  requestTitle: '広報紙の回覧',
  sectionId: 1,
  sectionName: 'コミュニティ推進課',
  kind: 'NOTICE',
  state: 'NOT_STARTED',
  version: 1,
  ...o,
});

export const publicNode = (o: Partial<S['PublicNode']> = {}): S['PublicNode'] => ({
  depth: 0,
  levelName: '基本目標',
  title: '地域のつながりを強める',
  relisted: false,
  children: [],
  ...o,
});

/** A list answer of the API (one page holding every item). */
export function pageOf<T>(items: T[]): { items: T[]; total: number; page: number; size: number; nextCursor: null } {
  return { items, total: items.length, page: 1, size: 200, nextCursor: null };
}
