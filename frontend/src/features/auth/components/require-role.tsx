import type { ReactNode } from 'react';
import { Loading } from '@/components/ui/loading';
import { useMe, type Role } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';

/**
 * Renders its children only for these roles, and `fallback` for anyone else. Used inside
 * RequireAuth, so the user is known; the server refuses the calls of other roles regardless.
 */
export function RequireRole({
  roles,
  fallback,
  children,
}: {
  roles: readonly Role[];
  fallback: ReactNode;
  children: ReactNode;
}) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  return <>{hasRole(me.data, roles) ? children : fallback}</>;
}
