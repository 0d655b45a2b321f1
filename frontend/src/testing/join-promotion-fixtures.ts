import type { components } from '@/types/api';
import { stamps } from './fixtures';

type S = components['schemas'];

/*
 * Complete representations of 加入促進 for tests, typed from the contract (as in fixtures.ts): a test overrides only
 * what it is about.
 */

export const buildingContact = (o: Partial<S['BuildingContact']> = {}): S['BuildingContact'] => ({
  id: 90,
  buildingId: 15,
  contactedOn: '2026-10-02',
  channel: 'VISIT',
  contactWith: '○○建設 開発部',
  madeBy: '校区担当 古賀',
  summary: '自治会への加入案内を入居者説明会で配ることに同意',
  version: 0,
  createdAt: stamps.createdAt,
  ...o,
});

export const newBuilding = (o: Partial<S['NewBuilding']> = {}): S['NewBuilding'] => ({
  id: 15,
  noticeNo: 'R8-紛-0123',
  noticeOn: '2026-09-15',
  name: '（仮称）香椎駅前レジデンス',
  address: '福岡市東区香椎駅前2丁目',
  districtId: 1,
  districtName: '香椎',
  organizationId: 120,
  organizationName: '香椎駅前町内会',
  units: 48,
  developer: '○○建設株式会社',
  managementCompany: '△△管理株式会社',
  completionOn: '2027-09-30',
  outcome: 'PENDING',
  joinedUnits: 0,
  contactCount: 1,
  lastContactOn: '2026-10-02',
  contacts: [buildingContact()],
  permissions: { canEdit: true },
  version: 3,
  ...stamps,
  ...o,
});

export const effectComparison = (o: Partial<S['JoinEffectComparison']> = {}): S['JoinEffectComparison'] => ({
  measure: 'BUILDINGS_JOINED',
  withCount: 5,
  withMean: 0.62,
  withInterval: [-0.1, 1.3],
  withoutCount: 37,
  withoutMean: -0.21,
  withoutInterval: [-0.4, 0],
  difference: 0.83,
  enoughData: true,
  separated: false,
  ...o,
});

export const joinEffect = (o: Partial<S['JoinEffect']> = {}): S['JoinEffect'] => ({
  fiscalYear: 2026,
  baseYear: 2025,
  districts: [
    {
      districtId: 4,
      districtName: '香椎',
      wardName: '東区',
      rateBefore: 78.4,
      rateAfter: 79.1,
      change: 0.7,
      buildings: 2,
      unitsReached: 96,
      unitsJoined: 48,
      incorporations: 0,
    },
    {
      districtId: 5,
      districtName: '千早',
      wardName: '東区',
      rateBefore: 80.2,
      rateAfter: 78.3,
      change: -1.9,
      buildings: 0,
      unitsReached: 0,
      unitsJoined: 0,
      incorporations: 1,
    },
  ],
  comparisons: [effectComparison()],
  wards: [{ wardId: 1, wardName: '東区', leaflets: 1200, welcomePacks: 640, rateBefore: 77.9, rateAfter: 78.2 }],
  outcomes: { BLOCK_JOIN: 3, PENDING: 5 },
  agreementsInForce: 2,
  ...o,
});
