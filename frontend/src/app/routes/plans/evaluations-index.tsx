import { Navigate, useParams } from 'react-router';
import { fiscalYearOf } from '@/utils/fiscal-year';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';

/** /plans/:id/evaluations → this fiscal year's sheet. */
export function EvaluationsIndexRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <Navigate to={`/plans/${id}/evaluations/${fiscalYearOf(new Date())}`} replace />;
}
