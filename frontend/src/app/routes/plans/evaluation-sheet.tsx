import { useNavigate } from 'react-router';
import { SelectField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { EvaluationSheetView } from '@/features/plans/components/evaluation-sheet';
import { EVALUATOR_ROLES, planYears } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { idYearRoute } from '../shared';
import { PlanSubPage } from './common';

export const EvaluationSheetRoute = idYearRoute(EvaluationSheetPage);

function EvaluationSheetPage({ id, fiscalYear }: { id: number; fiscalYear: number }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const canWrite = hasRole(me.data, EVALUATOR_ROLES);
  const title = t('evaluation.sheetTitle', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <PlanSubPage planId={id} title={title}>
      {(p) => {
        const years = planYears(p);
        if (!years.includes(fiscalYear)) years.unshift(fiscalYear);
        return (
          <>
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
          </>
        );
      }}
    </PlanSubPage>
  );
}
