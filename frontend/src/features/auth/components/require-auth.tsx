import { useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useMe } from '@/lib/auth';

/** Renders its children for a signed-in user; sends anyone else to /signin and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  // Whether this visit had a user: losing them then means the session ran out, not a first visit.
  const [hadUser, setHadUser] = useState(false);
  if (me.data && !hadUser) setHadUser(true);

  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace state={{ expired: hadUser }} />;
  }
  return <>{children}</>;
}
