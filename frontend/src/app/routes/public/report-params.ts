import { useParams, useSearchParams } from 'react-router';
import { parseFiscalYear } from '@/utils/fiscal-year';

/** ?revision=n: an earlier revision of a corrected report. */
function readRevision(search: URLSearchParams): number | undefined {
  const raw = search.get('revision');
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 ? n : undefined;
}

/** The report a /public/reports/:planCode/:fiscalYear page shows. */
export function useReportParams() {
  const params = useParams();
  const [search] = useSearchParams();
  return {
    planCode: params.planCode ?? '',
    fiscalYear: parseFiscalYear(params.fiscalYear),
    revision: readRevision(search),
  };
}
