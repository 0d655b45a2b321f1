import { Navigate } from 'react-router';
import { fiscalYearOf } from '@/utils/fiscal-year';
import { idRoute } from '../shared';

/** /plans/:id/evaluations → this fiscal year's sheet. */
export const EvaluationsIndexRoute = idRoute(({ id }) => (
  <Navigate to={`/plans/${id}/evaluations/${fiscalYearOf(new Date())}`} replace />
));
