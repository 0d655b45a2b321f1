import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { UserMenu } from '@/features/auth/components/user-menu';
import { DistrictRoute } from './routes/district';
import { DistrictsRoute } from './routes/districts';
import { ImportRoute } from './routes/import';
import { NotFoundRoute } from './routes/not-found';
import { OrganizationRoute } from './routes/organization';
import { SignInRoute } from './routes/signin';

function SignedInLayout() {
  return (
    <AppShell userMenu={<UserMenu />}>
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    </AppShell>
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
        <Route path="/organizations/:id" element={<OrganizationRoute />} />
        <Route path="/import" element={<ImportRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
