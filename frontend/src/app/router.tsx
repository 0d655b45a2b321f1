import { lazy, Suspense, type ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { RouteErrorBoundary } from '@/components/errors/route-error-boundary';
import { AppShell, type NavItem, type NavLinkItem } from '@/components/layout/app-shell';
import { Loading } from '@/components/ui/loading';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequireRole } from '@/features/auth/components/require-role';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { COMMITTEE_PAGE_ROLES } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useT } from '@/lib/i18n';

const VOICE_ROLES = ['ADMIN', 'OFFICE', 'LIAISON', 'DEPARTMENT'] as const;
/** 校区からの報告 are recorded by the office (any district) and liaisons (their own). */
const REPORT_WRITERS = ['ADMIN', 'OFFICE', 'LIAISON'] as const;
const ADMIN_ROLES = ['ADMIN'] as const;
/** 支援策一覧: read by the office, the sections and liaisons (the public pages show it to anyone). */
const SUPPORT_VIEWERS = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'] as const;
/** 交付案件: the office, the implementing sections and liaisons (their districts' organizations). */
const GRANT_ROLES = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'] as const;
/** 研修・説明会 and 施設: read by every staff role (not the committee). */
const STAFF_ROLES = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'] as const;

/**
 * Every page loads on first use, each from a module of its own: the first paint needs only the shell, and a
 * visitor of the public pages never loads the staff's. `name` is the component the module exports.
 */
function page<K extends string>(load: () => Promise<Record<NoInfer<K>, (props: object) => ReactNode>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const SignInRoute = page(() => import('./routes/signin'), 'SignInRoute');
const NotFoundRoute = page(() => import('./routes/not-found'), 'NotFoundRoute');
const HomeRoute = page(() => import('./routes/home'), 'HomeRoute');
const ForbiddenRoute = page(() => import('./routes/forbidden'), 'ForbiddenRoute');
const DistrictsRoute = page(() => import('./routes/districts'), 'DistrictsRoute');
const DistrictRoute = page(() => import('./routes/district'), 'DistrictRoute');
const MapRoute = page(() => import('./routes/map'), 'MapRoute');
const BurdenCalendarRoute = page(() => import('./routes/burden-calendar'), 'BurdenCalendarRoute');
const OrganizationRoute = page(() => import('./routes/organization'), 'OrganizationRoute');
const RequestsRoute = page(() => import('./routes/requests/requests'), 'RequestsRoute');
const NewRequestRoute = page(() => import('./routes/requests/new-request'), 'NewRequestRoute');
const RequestRoute = page(() => import('./routes/requests/request'), 'RequestRoute');
const EditRequestRoute = page(() => import('./routes/requests/edit-request'), 'EditRequestRoute');
const ReviewsRoute = page(() => import('./routes/reviews'), 'ReviewsRoute');
const ReviewDashboardRoute = page(() => import('./routes/review-dashboard'), 'ReviewDashboardRoute');
const MeetingsRoute = page(() => import('./routes/meetings'), 'MeetingsRoute');
const NewMeetingRoute = page(() => import('./routes/meeting'), 'NewMeetingRoute');
const MeetingRoute = page(() => import('./routes/meeting'), 'MeetingRoute');
const UpwardReportsRoute = page(() => import('./routes/upward-reports'), 'UpwardReportsRoute');
const NewUpwardReportRoute = page(() => import('./routes/upward-report'), 'NewUpwardReportRoute');
const UpwardReportRoute = page(() => import('./routes/upward-report'), 'UpwardReportRoute');
const ActivitiesRoute = page(() => import('./routes/activities'), 'ActivitiesRoute');
const NewActivityRoute = page(() => import('./routes/activities'), 'NewActivityRoute');
const ActivityRoute = page(() => import('./routes/activities'), 'ActivityRoute');
const EditActivityRoute = page(() => import('./routes/activities'), 'EditActivityRoute');
const ActivityWeekRoute = page(() => import('./routes/activities'), 'ActivityWeekRoute');
const VoicesRoute = page(() => import('./routes/voices'), 'VoicesRoute');
const NewVoiceRoute = page(() => import('./routes/voices'), 'NewVoiceRoute');
const VoiceRoute = page(() => import('./routes/voices'), 'VoiceRoute');
const VoiceResponseTimesRoute = page(() => import('./routes/voices'), 'VoiceResponseTimesRoute');
// 補助金・委託の交付案件
const GrantCasesRoute = page(() => import('./routes/grants'), 'GrantCasesRoute');
const GrantCaseRoute = page(() => import('./routes/grants'), 'GrantCaseRoute');
const ProgramCasesRoute = page(() => import('./routes/grants'), 'ProgramCasesRoute');
// 支援策一覧
const SupportRoute = page(() => import('./routes/support'), 'SupportRoute');
const NewSupportProgramRoute = page(() => import('./routes/support'), 'NewSupportProgramRoute');
const SupportProgramRoute = page(() => import('./routes/support'), 'SupportProgramRoute');
const EditSupportProgramRoute = page(() => import('./routes/support'), 'EditSupportProgramRoute');
const SupportViewersOnly = page(() => import('./routes/support'), 'SupportViewersOnly');
const SupportWritersOnly = page(() => import('./routes/support'), 'SupportWritersOnly');
// 研修・説明会
const SupportEventsRoute = page(() => import('./routes/support-events'), 'SupportEventsRoute');
const NewSupportEventRoute = page(() => import('./routes/support-events'), 'NewSupportEventRoute');
const SupportEventRoute = page(() => import('./routes/support-events'), 'SupportEventRoute');
const EditSupportEventRoute = page(() => import('./routes/support-events'), 'EditSupportEventRoute');
const EventViewersOnly = page(() => import('./routes/support-events'), 'EventViewersOnly');
// 施設 (場の提供)
const FacilitiesRoute = page(() => import('./routes/facilities'), 'FacilitiesRoute');
const NewFacilityRoute = page(() => import('./routes/facilities'), 'NewFacilityRoute');
const FacilityRoute = page(() => import('./routes/facilities'), 'FacilityRoute');
const EditFacilityRoute = page(() => import('./routes/facilities'), 'EditFacilityRoute');
const FacilityViewersOnly = page(() => import('./routes/facilities'), 'FacilityViewersOnly');
// 会議体と構成員
const CouncilBodiesRoute = page(() => import('./routes/council-bodies'), 'CouncilBodiesRoute');
const NewCouncilBodyRoute = page(() => import('./routes/council-bodies'), 'NewCouncilBodyRoute');
const CouncilBodyRoute = page(() => import('./routes/council-bodies'), 'CouncilBodyRoute');
const CouncilBodyViewersOnly = page(() => import('./routes/council-bodies'), 'CouncilBodyViewersOnly');
// ボランティア募集
const VolunteerPostsRoute = page(() => import('./routes/volunteer-posts'), 'VolunteerPostsRoute');
const NewVolunteerPostRoute = page(() => import('./routes/volunteer-posts'), 'NewVolunteerPostRoute');
const VolunteerPostRoute = page(() => import('./routes/volunteer-posts'), 'VolunteerPostRoute');
const EditVolunteerPostRoute = page(() => import('./routes/volunteer-posts'), 'EditVolunteerPostRoute');
// 加入促進: new buildings, leaflets, agreements, incorporation support and the effect
const JoinPromotionRoute = page(() => import('./routes/join-promotion'), 'JoinPromotionRoute');
const LeafletsRoute = page(() => import('./routes/join-promotion'), 'LeafletsRoute');
const AgreementsRoute = page(() => import('./routes/join-promotion'), 'AgreementsRoute');
const IncorporationsRoute = page(() => import('./routes/join-promotion'), 'IncorporationsRoute');
const JoinEffectRoute = page(() => import('./routes/join-promotion'), 'JoinEffectRoute');
const NewBuildingRoute = page(() => import('./routes/join-promotion'), 'NewBuildingRoute');
const NewBuildingPageRoute = page(() => import('./routes/join-promotion'), 'NewBuildingPageRoute');
const EditBuildingRoute = page(() => import('./routes/join-promotion'), 'EditBuildingRoute');
const ImportRoute = page(() => import('./routes/import'), 'ImportRoute');
const SettingsRoute = page(() => import('./routes/settings'), 'SettingsRoute');
const WebhooksRoute = page(() => import('./routes/webhooks'), 'WebhooksRoute');
const LettersOfThanksRoute = page(() => import('./routes/letters-of-thanks'), 'LettersOfThanksRoute');
// 計画・進捗・推進委員会・評価・公表
const PlansRoute = page(() => import('./routes/plans/plans'), 'PlansRoute');
const PlanRoute = page(() => import('./routes/plans/plan'), 'PlanRoute');
const PlanDashboardRoute = page(() => import('./routes/plans/plan-dashboard'), 'PlanDashboardRoute');
const InitiativeRoute = page(() => import('./routes/plans/initiative'), 'InitiativeRoute');
const NewProgressRoute = page(() => import('./routes/plans/new-progress'), 'NewProgressRoute');
const EditProgressRoute = page(() => import('./routes/plans/edit-progress'), 'EditProgressRoute');
const CommitteePagesOnly = page(() => import('./routes/plans/committee-pages-only'), 'CommitteePagesOnly');
const EvaluationsIndexRoute = page(() => import('./routes/plans/evaluations-index'), 'EvaluationsIndexRoute');
const EvaluationSheetRoute = page(() => import('./routes/plans/evaluation-sheet'), 'EvaluationSheetRoute');
const PublicationRoute = page(() => import('./routes/plans/publication'), 'PublicationRoute');
const PublicationPreviewRoute = page(() => import('./routes/plans/publication-preview'), 'PublicationPreviewRoute');
const CommitteeRoute = page(() => import('./routes/plans/committee'), 'CommitteeRoute');
// 公表資料, for anyone
const PublicLayout = page(() => import('./routes/public/layout'), 'PublicLayout');
const MyDistrictsRoute = page(() => import('./routes/workspace'), 'MyDistrictsRoute');
const LiaisonRoute = page(() => import('./routes/workspace'), 'LiaisonRoute');
const CoverageRoute = page(() => import('./routes/workspace'), 'CoverageRoute');
const CalendarRoute = page(() => import('./routes/workspace'), 'CalendarRoute');
const NotificationsRoute = page(() => import('./routes/workspace'), 'NotificationsRoute');
const PublicReportsRoute = page(() => import('./routes/public/reports'), 'PublicReportsRoute');
const PublicReportRoute = page(() => import('./routes/public/report'), 'PublicReportRoute');
const PublicReportPrintRoute = page(() => import('./routes/public/report-print'), 'PublicReportPrintRoute');
const PublicGrantsRoute = page(() => import('./routes/public/grants'), 'PublicGrantsRoute');
const PublicSupportRoute = page(() => import('./routes/public/support'), 'PublicSupportRoute');
const PublicSupportProgramRoute = page(() => import('./routes/public/support'), 'PublicSupportProgramRoute');
const PublicSupportPrintRoute = page(() => import('./routes/public/support'), 'PublicSupportPrintRoute');
const PublicVolunteersRoute = page(() => import('./routes/public/volunteers'), 'PublicVolunteersRoute');
const PublicVolunteerRoute = page(() => import('./routes/public/volunteers'), 'PublicVolunteerRoute');
const PublicNotFoundRoute = page(() => import('./routes/public/not-found'), 'PublicNotFoundRoute');

/** While a page's module loads: 読み込み中… as a status, inside whatever layout is already shown. */
function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * The menu offers only what the user's role can use (取込 and 感謝状 are office work; the committee's pages are for
 * the office, the committee and admins), in a few groups so that it fits on the header's row: the districts and
 * their organizations, what the districts do and send (activities, voices, meetings, reports), the city's requests
 * and their burden, and the plan with its evaluation and the city's support (支援策, 補助金・委託, 研修・説明会, 施設). Each one's home page
 * (わたしの校区, 担当状況) and the import stand on their own.
 */
function useNavItems(): NavItem[] {
  const t = useT();
  const me = useMe();
  if (!me.data) return [];
  const office = hasRole(me.data, OFFICE_ROLES);
  const when = (yes: boolean, item: NavLinkItem): NavLinkItem[] => (yes ? [item] : []);
  return [
    ...when(me.data.role === 'LIAISON', { to: '/my-districts', label: t('nav.myDistricts') }),
    ...when(office, { to: '/liaisons', label: t('nav.coverage') }),
    {
      label: t('nav.group.districts'),
      items: [
        { to: '/districts', label: t('nav.districts') },
        { to: '/map', label: t('nav.map') },
        // 加入促進: every staff role reads it; the office and the districts' liaisons record buildings and contacts
        ...when(hasRole(me.data, STAFF_ROLES), { to: '/join-promotion', label: t('nav.joinPromotion') }),
        ...when(office, { to: '/letters-of-thanks', label: t('nav.lettersOfThanks') }),
      ],
    },
    {
      label: t('nav.group.activities'),
      items: [
        // 活動記録: written by liaisons and the office, read by the sections they name
        ...when(hasRole(me.data, ['ADMIN', 'OFFICE', 'LIAISON', 'DEPARTMENT']), { to: '/activities', label: t('nav.activities') }),
        // 地域の声: liaisons (their districts), sections (what was routed to them) and the office; 回答状況 for the office
        ...when(hasRole(me.data, VOICE_ROLES), { to: '/voices', label: t('nav.voices') }),
        ...when(office, { to: '/voice-response-times', label: t('nav.voiceResponseTimes') }),
        // ボランティア募集: every staff role reads the calls; the office and the districts' liaisons write them
        { to: '/volunteer-posts', label: t('nav.volunteers') },
        { to: '/meetings', label: t('nav.meetings') },
        // 会議体: their seats, members and vacancies, for the staff
        ...when(hasRole(me.data, STAFF_ROLES), { to: '/council-bodies', label: t('nav.councilBodies') }),
        { to: '/upward-reports', label: t('nav.upwardReports') },
      ],
    },
    {
      label: t('nav.group.requests'),
      items: [
        { to: '/requests', label: t('nav.requests') },
        { to: '/reviews', label: t('nav.reviews') },
        { to: '/calendar', label: t('nav.calendar') },
      ],
    },
    {
      // the plan, its evaluation, and the city's support programs under its basic policies (支援策一覧) with their
      // grant cases: one group, so that the office's menu keeps room on the header's row at 1366 px
      label: t('nav.group.plans'),
      items: [
        { to: '/plans', label: t('nav.plans') },
        ...when(hasRole(me.data, COMMITTEE_PAGE_ROLES), { to: '/committee', label: t('nav.committee') }),
        ...when(hasRole(me.data, SUPPORT_VIEWERS), { to: '/support', label: t('nav.support') }),
        ...when(hasRole(me.data, GRANT_ROLES), { to: '/grant-cases', label: t('grant.nav') }),
        ...when(hasRole(me.data, STAFF_ROLES), { to: '/support-events', label: t('event.nav') }),
        ...when(hasRole(me.data, STAFF_ROLES), { to: '/facilities', label: t('facility.nav') }),
      ],
    },
    ...when(office, { to: '/import', label: t('nav.import') }),
    ...when(me.data.role === 'ADMIN', { to: '/webhooks', label: t('nav.webhooks') }),
  ];
}

function SignedInLayout() {
  const nav = useNavItems();
  return (
    <AppShell
      userMenu={
        <>
          <SignedInBell />
          <UserMenu />
        </>
      }
      nav={nav}
    >
      <RequireAuth>
        <RouteErrorBoundary>
          <Lazy>
            <Outlet />
          </Lazy>
        </RouteErrorBoundary>
      </RequireAuth>
    </AppShell>
  );
}

/** The bell, once signed in. */
function SignedInBell() {
  const me = useMe();
  return me.data ? <NotificationBell /> : null;
}

/** Where ホーム leads: a liaison lands on わたしの校区, everyone else on the districts. */
function AdminOnly() {
  return (
    <RequireRole roles={ADMIN_ROLES} fallback={<ForbiddenRoute />}>
      <Outlet />
    </RequireRole>
  );
}

function OfficeOnly() {
  return (
    <RequireRole roles={OFFICE_ROLES} fallback={<ForbiddenRoute />}>
      <Outlet />
    </RequireRole>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/signin"
        element={
          <AppShell>
            <RouteErrorBoundary>
              <Lazy>
                <SignInRoute />
              </Lazy>
            </RouteErrorBoundary>
          </AppShell>
        }
      />
      {/* 公表資料: anyone, no sign-in, a layout of its own. */}
      <Route
        element={
          <RouteErrorBoundary home="/public">
            <Lazy>
              <PublicLayout />
            </Lazy>
          </RouteErrorBoundary>
        }
      >
        <Route path="/public" element={<PublicReportsRoute />} />
        <Route path="/public/reports/:planCode/:fiscalYear" element={<PublicReportRoute />} />
        <Route path="/public/support" element={<PublicSupportRoute />} />
        <Route path="/public/support/:fiscalYear" element={<PublicSupportRoute />} />
        <Route path="/public/support/programs/:id" element={<PublicSupportProgramRoute />} />
        <Route path="/public/support/:fiscalYear/grants" element={<PublicGrantsRoute />} />
        <Route path="/public/volunteers" element={<PublicVolunteersRoute />} />
        <Route path="/public/volunteers/:id" element={<PublicVolunteerRoute />} />
        <Route path="/public/*" element={<PublicNotFoundRoute />} />
      </Route>
      <Route
        path="/public/reports/:planCode/:fiscalYear/print"
        element={
          <RouteErrorBoundary home="/public">
            <Lazy>
              <PublicReportPrintRoute />
            </Lazy>
          </RouteErrorBoundary>
        }
      />
      <Route
        path="/public/support/:fiscalYear/print"
        element={
          <RouteErrorBoundary home="/public">
            <Lazy>
              <PublicSupportPrintRoute />
            </Lazy>
          </RouteErrorBoundary>
        }
      />
      <Route element={<SignedInLayout />}>
        <Route index element={<HomeRoute />} />
        <Route path="/my-districts" element={<MyDistrictsRoute />} />
        <Route path="/calendar" element={<CalendarRoute />} />
        <Route path="/notifications" element={<NotificationsRoute />} />
        <Route path="/settings" element={<SettingsRoute />} />
        <Route path="/districts" element={<DistrictsRoute />} />
        <Route path="/districts/:id" element={<DistrictRoute />} />
        <Route path="/map" element={<MapRoute />} />
        <Route path="/join-promotion" element={<JoinPromotionRoute />} />
        <Route path="/join-promotion/leaflets" element={<LeafletsRoute />} />
        <Route path="/join-promotion/agreements" element={<AgreementsRoute />} />
        <Route path="/join-promotion/incorporations" element={<IncorporationsRoute />} />
        <Route path="/join-promotion/effect" element={<JoinEffectRoute />} />
        <Route path="/new-buildings/new" element={<NewBuildingRoute />} />
        <Route path="/new-buildings/:id" element={<NewBuildingPageRoute />} />
        <Route path="/new-buildings/:id/edit" element={<EditBuildingRoute />} />
        <Route path="/districts/:id/burden-calendar" element={<BurdenCalendarRoute />} />
        <Route path="/organizations/:id" element={<OrganizationRoute />} />
        <Route path="/requests" element={<RequestsRoute />} />
        <Route path="/requests/new" element={<NewRequestRoute />} />
        <Route path="/requests/:id" element={<RequestRoute />} />
        <Route path="/requests/:id/edit" element={<EditRequestRoute />} />
        <Route path="/reviews" element={<ReviewsRoute />} />
        <Route path="/reviews/:id/dashboard" element={<ReviewDashboardRoute />} />
        <Route path="/activities" element={<ActivitiesRoute />} />
        <Route path="/activities/new" element={<NewActivityRoute />} />
        <Route path="/activities/week" element={<ActivityWeekRoute />} />
        <Route path="/activities/:id" element={<ActivityRoute />} />
        <Route path="/activities/:id/edit" element={<EditActivityRoute />} />
        <Route path="/meetings" element={<MeetingsRoute />} />
        <Route path="/meetings/:id" element={<MeetingRoute />} />
        <Route path="/upward-reports" element={<UpwardReportsRoute />} />
        <Route
          path="/upward-reports/new"
          element={
            <RequireRole roles={REPORT_WRITERS} fallback={<ForbiddenRoute />}>
              <NewUpwardReportRoute />
            </RequireRole>
          }
        />
        <Route path="/upward-reports/:id" element={<UpwardReportRoute />} />
        <Route path="/plans" element={<PlansRoute />} />
        <Route path="/plans/:id" element={<PlanRoute />} />
        <Route path="/plans/:id/dashboard" element={<PlanDashboardRoute />} />
        <Route path="/initiatives/:id" element={<InitiativeRoute />} />
        <Route path="/initiatives/:id/progress/new" element={<NewProgressRoute />} />
        <Route path="/progress-reports/:id/edit" element={<EditProgressRoute />} />
        <Route element={<CommitteePagesOnly />}>
          <Route path="/plans/:id/evaluations" element={<EvaluationsIndexRoute />} />
          <Route path="/plans/:id/evaluations/:fiscalYear" element={<EvaluationSheetRoute />} />
          <Route path="/plans/:id/publication" element={<PublicationRoute />} />
          <Route path="/plans/:id/publication/:fiscalYear/preview" element={<PublicationPreviewRoute />} />
          <Route path="/committee" element={<CommitteeRoute />} />
        </Route>
        <Route path="/voices" element={<VoicesRoute />} />
        <Route path="/voices/new" element={<NewVoiceRoute />} />
        <Route path="/voices/:id" element={<VoiceRoute />} />
        <Route path="/volunteer-posts" element={<VolunteerPostsRoute />} />
        <Route path="/volunteer-posts/new" element={<NewVolunteerPostRoute />} />
        <Route path="/volunteer-posts/:id" element={<VolunteerPostRoute />} />
        <Route path="/volunteer-posts/:id/edit" element={<EditVolunteerPostRoute />} />
        <Route path="/grant-cases" element={<GrantCasesRoute />} />
        <Route path="/grant-cases/:id" element={<GrantCaseRoute />} />
        <Route path="/support/programs/:id/cases" element={<ProgramCasesRoute />} />
        <Route element={<SupportViewersOnly />}>
          <Route path="/support" element={<SupportRoute />} />
          <Route path="/support/programs/:id" element={<SupportProgramRoute />} />
        </Route>
        <Route element={<EventViewersOnly />}>
          <Route path="/support-events" element={<SupportEventsRoute />} />
          <Route path="/support-events/new" element={<NewSupportEventRoute />} />
          <Route path="/support-events/:id" element={<SupportEventRoute />} />
          <Route path="/support-events/:id/edit" element={<EditSupportEventRoute />} />
        </Route>
        <Route element={<CouncilBodyViewersOnly />}>
          <Route path="/council-bodies" element={<CouncilBodiesRoute />} />
          <Route path="/council-bodies/new" element={<NewCouncilBodyRoute />} />
          <Route path="/council-bodies/:id" element={<CouncilBodyRoute />} />
        </Route>
        <Route element={<FacilityViewersOnly />}>
          <Route path="/facilities" element={<FacilitiesRoute />} />
          <Route path="/facilities/new" element={<NewFacilityRoute />} />
          <Route path="/facilities/:id" element={<FacilityRoute />} />
          <Route path="/facilities/:id/edit" element={<EditFacilityRoute />} />
        </Route>
        <Route element={<SupportWritersOnly />}>
          <Route path="/support/programs/new" element={<NewSupportProgramRoute />} />
          <Route path="/support/programs/:id/edit" element={<EditSupportProgramRoute />} />
        </Route>
        <Route element={<OfficeOnly />}>
          <Route path="/voice-response-times" element={<VoiceResponseTimesRoute />} />
          <Route path="/meetings/new" element={<NewMeetingRoute />} />
          <Route path="/liaisons" element={<CoverageRoute />} />
          <Route path="/liaisons/:id" element={<LiaisonRoute />} />
          <Route path="/import" element={<ImportRoute />} />
          <Route path="/letters-of-thanks" element={<LettersOfThanksRoute />} />
        </Route>
        <Route element={<AdminOnly />}>
          <Route path="/webhooks" element={<WebhooksRoute />} />
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
