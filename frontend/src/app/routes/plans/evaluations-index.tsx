import { Navigate } from 'react-router';
import { usePlan } from '@/features/plans/api/plans';
import { sheetYear } from '@/features/plans/utils/format';
import { idRoute, Loaded } from '../shared';

/** /plans/:id/evaluations → the sheet of this fiscal year, or of the plan's last year once the plan has ended. */
export const EvaluationsIndexRoute = idRoute(({ id }) => <EvaluationsIndex id={id} />);

function EvaluationsIndex({ id }: { id: number }) {
  const plan = usePlan(id);
  return <Loaded query={plan}>{(p) => <Navigate to={`/plans/${id}/evaluations/${sheetYear(p)}`} replace />}</Loaded>;
}
