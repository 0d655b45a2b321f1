import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { SelectField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { usePlan } from '@/features/plans/api/plans';
import { EvaluationSheetView } from '@/features/plans/components/evaluation-sheet';
import { EVALUATOR_ROLES, planYears } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, parseFiscalYear } from '@/utils/fiscal-year';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function EvaluationSheetRoute() {
  const params = useParams();
  const id = parseId(params.id);
  const fy = parseFiscalYear(params.fiscalYear);
  if (id === undefined || fy === undefined) return <NotFoundRoute />;
  return <EvaluationSheetPage key={`${id}-${fy}`} id={id} fiscalYear={fy} />;
}

function EvaluationSheetPage({ id, fiscalYear }: { id: number; fiscalYear: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const me = useMe();
  const navigate = useNavigate();
  const canWrite = hasRole(me.data, EVALUATOR_ROLES);
  const title = t('evaluation.sheetTitle', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <Loaded query={plan}>
      {(p) => {
        const years = planYears(p);
        if (!years.includes(fiscalYear)) years.unshift(fiscalYear);
        return (
          <Page title={title} breadcrumbs={[{ label: t('nav.home'), to: '/' }, planCrumb(p, lang), { label: title }]}>
            <form className="filters filters-single" onSubmit={(e) => e.preventDefault()} aria-label={t('evaluation.yearForm')}>
              <SelectField
                label={t('evaluation.fiscalYear')}
                value={String(fiscalYear)}
                onChange={(e) => void navigate(`/plans/${id}/evaluations/${e.target.value}`)}
              >
                <FiscalYearOptions years={years} />
              </SelectField>
            </form>
            <EvaluationSheetView planId={id} fiscalYear={fiscalYear} canWrite={canWrite} />
          </Page>
        );
      }}
    </Loaded>
  );
}
