import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RouteErrorBoundary } from '@/components/errors/route-error-boundary';
import { PublicShell } from '@/components/layout/public-shell';
import { Loading } from '@/components/ui/loading';

/** The public side: its own plain layout, nothing of the staff's menu, no sign-in. */
export function PublicLayout() {
  return (
    <PublicShell>
      <RouteErrorBoundary home="/public">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
    </PublicShell>
  );
}
