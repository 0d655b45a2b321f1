import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AppShell, type NavItem } from '@/components/layout/app-shell';
import { useMe } from '@/features/auth/api/get-me';
import { hasRole, OFFICE_ROLES } from '@/features/auth/api/roles';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequireRole } from '@/features/auth/components/require-role';
import { UserMenu } from '@/features/auth/components/user-menu';
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

/** The menu offers only what the user's role can use (取込 and 感謝状 are office work). */
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
  ];
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
        <Outlet />
      </RequireAuth>
    </AppShell>
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
        <Route element={<OfficeOnly />}>
          <Route path="/import" element={<ImportRoute />} />
          <Route path="/letters-of-thanks" element={<LettersOfThanksRoute />} />
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
