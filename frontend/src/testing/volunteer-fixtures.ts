import type { components } from '@/types/api';
import { stamps } from './fixtures';

type S = components['schemas'];

/*
 * Complete representations of ボランティア募集 for tests, typed from the contract (as in fixtures.ts): a test overrides
 * only what it is about.
 */

export const volunteerPost = (o: Partial<S['VolunteerPost']> = {}): S['VolunteerPost'] => ({
  id: 12,
  organizationId: 40,
  organizationName: '香椎校区自治協議会',
  districtId: 4,
  districtName: '香椎',
  title: '夏祭りの会場設営',
  activity: 'テント設営と片付け、会場案内',
  place: '香椎小学校 運動場',
  startsOn: '2027-07-25',
  endsOn: '2027-07-26',
  schedule: '両日 8:00〜12:00',
  wanted: 10,
  conditions: '中学生以上。動きやすい服装で',
  closesOn: '2027-07-10',
  status: 'DRAFT',
  published: false,
  inquiryCount: 0,
  unrelayedCount: 0,
  permissions: { canEdit: true, canSubmit: true, canApprove: false, canClose: false, canReadInquiries: true },
  version: 3,
  ...stamps,
  ...o,
});

export const volunteerInquiry = (o: Partial<S['VolunteerInquiry']> = {}): S['VolunteerInquiry'] => ({
  id: 55,
  postId: 12,
  personName: '福岡 太郎',
  email: 'taro@example.jp',
  phone: '090-0000-0000',
  message: '当日だけ参加できますか',
  receivedAt: '2027-06-10T03:00:00Z',
  version: 0,
  ...o,
});

export const publicVolunteerPost = (o: Partial<S['PublicVolunteerPost']> = {}): S['PublicVolunteerPost'] => ({
  id: 12,
  organizationName: '香椎校区自治協議会',
  districtName: '香椎',
  wardName: '東区',
  title: '夏祭りの会場設営',
  activity: 'テント設営と片付け、会場案内',
  place: '香椎小学校 運動場',
  startsOn: '2027-07-25',
  endsOn: '2027-07-26',
  schedule: '両日 8:00〜12:00',
  wanted: 10,
  conditions: '中学生以上。動きやすい服装で',
  closesOn: '2027-07-10',
  publishedAt: '2027-06-02T01:00:00Z',
  ...o,
});
