import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AppShell, type NavItem } from '@/components/layout/app-shell';
import { Loading } from '@/components/ui/loading';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequireRole } from '@/features/auth/components/require-role';
import { UserMenu } from '@/features/auth/components/user-menu';
import { COMMITTEE_PAGE_ROLES } from '@/features/plans/utils/format';
import { useT } from '@/lib/i18n';
import { BurdenCalendarRoute } from './routes/burden-calendar';
import { DistrictRoute } from './routes/district';
import { DistrictsRoute } from './routes/districts';
import { ForbiddenRoute } from './routes/forbidden';
import { ImportRoute } from './routes/import';
import { LettersOfThanksRoute } from './routes/letters-of-thanks';
import { MeetingsRoute, UpwardReportsRoute } from './routes/meetings';
import { NotFoundRoute } from './routes/not-found';
import { OrganizationRoute } from './routes/organization';
import { EditRequestRoute, NewRequestRoute, RequestRoute, RequestsRoute } from './routes/requests';
import { ReviewDashboardRoute, ReviewsRoute } from './routes/reviews';
import { SignInRoute } from './routes/signin';

// 計画・評価・公表 and the public pages load on first use: most staff never open them, and a visitor of the public
// pages needs nothing else.
const planRoutes = () => import('./routes/plans');
const publicRoutes = () => import('./routes/public');
const PlansRoute = lazy(() => planRoutes().then((m) => ({ default: m.PlansRoute })));
const PlanRoute = lazy(() => planRoutes().then((m) => ({ default: m.PlanRoute })));
const PlanDashboardRoute = lazy(() => planRoutes().then((m) => ({ default: m.PlanDashboardRoute })));
const InitiativeRoute = lazy(() => planRoutes().then((m) => ({ default: m.InitiativeRoute })));
const NewProgressRoute = lazy(() => planRoutes().then((m) => ({ default: m.NewProgressRoute })));
const EditProgressRoute = lazy(() => planRoutes().then((m) => ({ default: m.EditProgressRoute })));
const EvaluationsIndexRoute = lazy(() => planRoutes().then((m) => ({ default: m.EvaluationsIndexRoute })));
const EvaluationSheetRoute = lazy(() => planRoutes().then((m) => ({ default: m.EvaluationSheetRoute })));
const PublicationRoute = lazy(() => planRoutes().then((m) => ({ default: m.PublicationRoute })));
const PublicationPreviewRoute = lazy(() => planRoutes().then((m) => ({ default: m.PublicationPreviewRoute })));
const CommitteeRoute = lazy(() => planRoutes().then((m) => ({ default: m.CommitteeRoute })));
const CommitteePagesOnly = lazy(() => planRoutes().then((m) => ({ default: m.CommitteePagesOnly })));
const PublicLayout = lazy(() => publicRoutes().then((m) => ({ default: m.PublicLayout })));
const PublicReportsRoute = lazy(() => publicRoutes().then((m) => ({ default: m.PublicReportsRoute })));
const PublicReportRoute = lazy(() => publicRoutes().then((m) => ({ default: m.PublicReportRoute })));
const PublicReportPrintRoute = lazy(() => publicRoutes().then((m) => ({ default: m.PublicReportPrintRoute })));
const PublicNotFoundRoute = lazy(() => publicRoutes().then((m) => ({ default: m.PublicNotFoundRoute })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * The menu offers only what the user's role can use (取込 and 感謝状 are office work; the committee's pages are for
 * the office, the committee and admins).
 */
function useNavItems(): NavItem[] {
  const t = useT();
  const me = useMe();
  if (!me.data) return [];
  const items: NavItem[] = [
    { to: '/districts', label: t('nav.districts') },
    { to: '/requests', label: t('nav.requests') },
    { to: '/reviews', label: t('nav.reviews') },
    { to: '/meetings', label: t('nav.meetings') },
    { to: '/upward-reports', label: t('nav.upwardReports') },
    { to: '/plans', label: t('nav.plans') },
  ];
  if (hasRole(me.data, COMMITTEE_PAGE_ROLES)) items.push({ to: '/committee', label: t('nav.committee') });
  if (hasRole(me.data, OFFICE_ROLES)) {
    items.push({ to: '/import', label: t('nav.import') }, { to: '/letters-of-thanks', label: t('nav.lettersOfThanks') });
  }
  return items;
}

function SignedInLayout() {
  const nav = useNavItems();
  return (
    <AppShell userMenu={<UserMenu />} nav={nav}>
      <RequireAuth>
        <Lazy>
          <Outlet />
        </Lazy>
      </RequireAuth>
    </AppShell>
  );
}

function CommitteePages() {
  return (
    <CommitteePagesOnly>
      <Outlet />
    </CommitteePagesOnly>
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
            <SignInRoute />
          </AppShell>
        }
      />
      {/* 公表資料: anyone, no sign-in, a layout of its own. */}
      <Route
        element={
          <Lazy>
            <PublicLayout />
          </Lazy>
        }
      >
        <Route path="/public" element={<PublicReportsRoute />} />
        <Route path="/public/reports/:planCode/:fiscalYear" element={<PublicReportRoute />} />
        <Route path="/public/*" element={<PublicNotFoundRoute />} />
      </Route>
      <Route
        path="/public/reports/:planCode/:fiscalYear/print"
        element={
          <Lazy>
            <PublicReportPrintRoute />
          </Lazy>
        }
      />
      <Route element={<SignedInLayout />}>
        <Route index element={<Navigate to="/districts" replace />} />
        <Route path="/districts" element={<DistrictsRoute />} />
        <Route path="/districts/:id" element={<DistrictRoute />} />
        <Route path="/districts/:id/burden-calendar" element={<BurdenCalendarRoute />} />
        <Route path="/organizations/:id" element={<OrganizationRoute />} />
        <Route path="/requests" element={<RequestsRoute />} />
        <Route path="/requests/new" element={<NewRequestRoute />} />
        <Route path="/requests/:id" element={<RequestRoute />} />
        <Route path="/requests/:id/edit" element={<EditRequestRoute />} />
        <Route path="/reviews" element={<ReviewsRoute />} />
        <Route path="/reviews/:id/dashboard" element={<ReviewDashboardRoute />} />
        <Route path="/meetings" element={<MeetingsRoute />} />
        <Route path="/upward-reports" element={<UpwardReportsRoute />} />
        <Route path="/plans" element={<PlansRoute />} />
        <Route path="/plans/:id" element={<PlanRoute />} />
        <Route path="/plans/:id/dashboard" element={<PlanDashboardRoute />} />
        <Route path="/initiatives/:id" element={<InitiativeRoute />} />
        <Route path="/initiatives/:id/progress/new" element={<NewProgressRoute />} />
        <Route path="/progress-reports/:id/edit" element={<EditProgressRoute />} />
        <Route element={<CommitteePages />}>
          <Route path="/plans/:id/evaluations" element={<EvaluationsIndexRoute />} />
          <Route path="/plans/:id/evaluations/:fiscalYear" element={<EvaluationSheetRoute />} />
          <Route path="/plans/:id/publication" element={<PublicationRoute />} />
          <Route path="/plans/:id/publication/:fiscalYear/preview" element={<PublicationPreviewRoute />} />
          <Route path="/committee" element={<CommitteeRoute />} />
        </Route>
        <Route element={<OfficeOnly />}>
          <Route path="/import" element={<ImportRoute />} />
          <Route path="/letters-of-thanks" element={<LettersOfThanksRoute />} />
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
