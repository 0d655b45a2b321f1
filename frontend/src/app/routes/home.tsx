import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { usePlans } from '@/features/plans/api/plans';
import { currentPlan } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { Loaded } from './shared';

/**
 * Where "/" (and sign-in without a page to return to) lands: a committee member on the evaluation sheet of the
 * plan being evaluated; a liaison on their districts (わたしの校区); everyone else on the districts.
 */
export function HomeRoute() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.data?.role === 'COMMITTEE') return <CommitteeHome />;
  if (me.data?.role === 'LIAISON') return <Navigate to="/my-districts" replace />;
  return <Navigate to="/districts" replace />;
}

function CommitteeHome() {
  const plans = usePlans();
  return (
    <Loaded query={plans}>
      {(page) => {
        const plan = currentPlan(page.items);
        return <Navigate to={plan ? `/plans/${plan.id}/evaluations` : '/plans'} replace />;
      }}
    </Loaded>
  );
}
