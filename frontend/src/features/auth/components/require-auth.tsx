import { useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useMe } from '../api/get-me';

/** Renders its children for a signed-in user; sends anyone else to /signin and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const hadUser = useRef(false);

  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace state={{ expired: hadUser.current }} />;
  }
  hadUser.current = true;
  return <>{children}</>;
}
