import type { APIRequestContext } from '@playwright/test';
import { findDistrict, firstAssociation, getJson, type UserKey } from '../e2e/support';

/**
 * The pages to photograph: a file name (without width and extension), the demo user who signs in, and the path
 * (a function when it needs ids from the demo city). Add new pages here; `SCREENSHOT_PAGES=name,name` takes a few.
 */
export type Shot = {
  name: string;
  user: UserKey;
  path: string | ((api: APIRequestContext) => Promise<string>);
  /** A part of the page further down to photograph (scrolled to the top of the screen), e.g. `#meeting-attendance`. */
  scrollTo?: string;
};

type Items<T> = { items: T[] };

const district = async (api: APIRequestContext) => (await findDistrict(api, 'かしいひがし')).id;
const plan = async (api: APIRequestContext) => (await getJson<Items<{ id: number }>>(api, '/api/v1/plans')).items[0]!.id;

const firstId = async (api: APIRequestContext, url: string) => (await getJson<Items<{ id: number }>>(api, url)).items[0]!.id;

/** This fiscal year in Japan (April–March): the catalogue's current edition. */
function fiscalYear(): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  return Number(parts.find((p) => p.type === 'month')!.value) >= 4 ? year : year - 1;
}
/** This year's operating subsidy of the district councils (a combined rule, a case per council). */
const operatingSubsidy = async (api: APIRequestContext) => {
  const programs = await getJson<Items<{ id: number; name: string }>>(api, `/api/v1/support-programs?fiscalYear=${fiscalYear()}&size=100`);
  return programs.items.find((p) => p.name === '校区コミュニティ組織運営費補助')!.id;
};

/** The demo's community centre whose repair the building subsidy paid for. */
const subsidizedCentre = async (api: APIRequestContext) => {
  const centres = await getJson<Items<{ id: number; subsidyTotalYen: number }>>(api, '/api/v1/facilities?kind=COMMUNITY_CENTER&size=200');
  return (centres.items.find((f) => f.subsidyTotalYen > 0) ?? centres.items[0]!).id;
};

/** A demo council body by its code (GENERAL_ASSEMBLY, BOARD). */
const councilBody = async (api: APIRequestContext, code: string) =>
  (await getJson<Items<{ id: number; code: string }>>(api, '/api/v1/council-bodies?size=200')).items.find((b) => b.code === code)!.id;

/** The demo board's September 2025 meeting, which fell short of its quorum. */
const thinBoardMeeting = async (api: APIRequestContext) => {
  const meetings = await getJson<Items<{ id: number; heldOn: string }>>(
    api,
    `/api/v1/council-meetings?bodyId=${await councilBody(api, 'BOARD')}&fiscalYear=2025&size=50`,
  );
  return (meetings.items.find((m) => m.heldOn.slice(5, 7) === '09') ?? meetings.items[0]!).id;
};

/** The demo's open call closing last: the summer festival, with an inquiry not yet passed on. */
const openCall = (api: APIRequestContext) => firstId(api, '/api/v1/volunteer-posts?published=true&sort=-closesOn&size=1');

export const SHOTS: Shot[] = [
  // the liaison's workspace (#10)
  { name: 'my-districts', user: 'liaison', path: '/my-districts' },
  { name: 'activities', user: 'liaison', path: '/activities' },
  { name: 'activity', user: 'liaison', path: async (api) => `/activities/${await firstId(api, '/api/v1/activities?size=1&mine=true')}` },
  { name: 'activity-new', user: 'liaison', path: '/activities/new' },
  { name: 'activity-week', user: 'liaison', path: '/activities/week' },
  { name: 'voices', user: 'liaison', path: '/voices' },
  { name: 'voice', user: 'liaison', path: async (api) => `/voices/${await firstId(api, '/api/v1/voices?size=1')}` },
  { name: 'voice-response-times', user: 'office', path: '/voice-response-times' },
  { name: 'coverage', user: 'office', path: '/liaisons' },
  { name: 'calendar', user: 'liaison', path: '/calendar' },
  { name: 'notifications', user: 'liaison', path: '/notifications' },
  { name: 'map', user: 'liaison', path: '/map' },
  { name: 'meeting', user: 'office', path: async (api) => `/meetings/${await firstId(api, '/api/v1/council-meetings?size=1')}` },
  { name: 'signin', user: 'liaison', path: '/signin?next=/districts' },
  { name: 'districts', user: 'liaison', path: '/districts' },
  { name: 'district', user: 'liaison', path: async (api) => `/districts/${await district(api)}` },
  { name: 'burden-calendar', user: 'liaison', path: async (api) => `/districts/${await district(api)}/burden-calendar` },
  {
    name: 'organization',
    user: 'office',
    path: async (api) => `/organizations/${(await firstAssociation(api, await district(api))).id}`,
  },
  { name: 'requests', user: 'office', path: '/requests' },
  {
    name: 'request',
    user: 'office',
    path: async (api) => `/requests/${(await getJson<Items<{ id: number }>>(api, '/api/v1/city-requests?size=1')).items[0]!.id}`,
  },
  { name: 'reviews', user: 'office', path: '/reviews' },
  { name: 'meetings', user: 'liaison', path: '/meetings' },
  { name: 'upward-reports', user: 'liaison', path: '/upward-reports' },
  { name: 'upward-report', user: 'liaison', path: async (api) => `/upward-reports/${await firstId(api, '/api/v1/upward-reports?size=1')}` },
  { name: 'upward-report-new', user: 'liaison', path: '/upward-reports/new' },
  { name: 'settings', user: 'liaison', path: '/settings' },
  { name: 'plan', user: 'office', path: async (api) => `/plans/${await plan(api)}` },
  { name: 'plan-dashboard', user: 'office', path: async (api) => `/plans/${await plan(api)}/dashboard` },
  { name: 'evaluation-sheet', user: 'committee', path: async (api) => `/plans/${await plan(api)}/evaluations` },
  { name: 'committee', user: 'office', path: '/committee' },
  { name: 'import', user: 'office', path: '/import' },
  { name: 'webhooks', user: 'admin', path: '/webhooks' },
  { name: 'public-reports', user: 'office', path: '/public' },
  // 支援策・補助金 (#13)
  { name: 'support-catalog', user: 'office', path: '/public/support' },
  { name: 'support', user: 'office', path: '/support' },
  { name: 'support-program-edit', user: 'office', path: async (api) => `/support/programs/${await operatingSubsidy(api)}/edit` },
  { name: 'grant-program-cases', user: 'office', path: async (api) => `/support/programs/${await operatingSubsidy(api)}/cases` },
  {
    name: 'grant-case',
    user: 'office',
    path: async (api) => `/grant-cases/${await firstId(api, `/api/v1/grant-cases?programId=${await operatingSubsidy(api)}&status=DECIDED&size=1`)}`,
  },
  { name: 'grant-cases', user: 'liaison', path: '/grant-cases' },
  // 研修・説明会, 施設 (場の提供)
  { name: 'support-events', user: 'office', path: '/support-events' },
  { name: 'support-event', user: 'liaison', path: async (api) => `/support-events/${await firstId(api, '/api/v1/support-events?size=1')}` },
  { name: 'support-event-new', user: 'office', path: '/support-events/new' },
  { name: 'facilities', user: 'office', path: '/facilities' },
  { name: 'facility', user: 'office', path: async (api) => `/facilities/${await subsidizedCentre(api)}` },
  { name: 'facility-edit', user: 'office', path: async (api) => `/facilities/${await subsidizedCentre(api)}/edit` },
  // 会議体と構成員 (#14)
  { name: 'council-bodies', user: 'office', path: '/council-bodies' },
  { name: 'council-body', user: 'office', path: async (api) => `/council-bodies/${await councilBody(api, 'GENERAL_ASSEMBLY')}` },
  {
    name: 'meeting-attendance',
    user: 'office',
    path: async (api) => `/meetings/${await thinBoardMeeting(api)}`,
    scrollTo: '#meeting-attendance',
  },
  { name: 'office-worklist', user: 'office', path: '/liaisons' },
  { name: 'public-grants', user: 'office', path: () => Promise.resolve(`/public/support/${fiscalYear()}/grants`) },
  // ボランティア募集 (#14): the staff's list and a call with its inquiries, the public list and a call with its form
  { name: 'volunteer-posts', user: 'office', path: '/volunteer-posts' },
  { name: 'volunteer-post', user: 'office', path: async (api) => `/volunteer-posts/${await openCall(api)}` },
  { name: 'volunteer-post-new', user: 'liaison', path: '/volunteer-posts/new' },
  { name: 'public-volunteers', user: 'office', path: '/public/volunteers' },
  { name: 'public-volunteer', user: 'office', path: async (api) => `/public/volunteers/${await openCall(api)}` },
  // 加入促進 (#14): the new buildings, a building's timeline of contacts, the effect with its uncertainty
  { name: 'join-promotion', user: 'office', path: '/join-promotion' },
  {
    name: 'new-building',
    user: 'office',
    path: async (api) => `/new-buildings/${await firstId(api, '/api/v1/new-buildings?outcome=BLOCK_JOIN&sort=-units&size=1')}`,
    scrollTo: '#building-contacts',
  },
  { name: 'join-promotion-effect', user: 'office', path: '/join-promotion/effect' },
  { name: 'join-promotion-leaflets', user: 'office', path: '/join-promotion/leaflets' },
];

/** The two widths of every page: an office screen and a phone. */
export const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;
