import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PublicShell } from '@/components/layout/public-shell';
import { Loading } from '@/components/ui/loading';

/** The public side: its own plain layout, nothing of the staff's menu, no sign-in. */
export function PublicLayout() {
  return (
    <PublicShell>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </PublicShell>
  );
}
