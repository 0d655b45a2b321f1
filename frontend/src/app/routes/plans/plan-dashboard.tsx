import { PlanDashboardView } from '@/features/plans/components/plan-dashboard';
import { useI18n } from '@/lib/i18n';
import { idRoute } from '../shared';
import { PlanSubPage } from './common';

export const PlanDashboardRoute = idRoute(PlanDashboardPage);

function PlanDashboardPage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <PlanSubPage planId={id} title={t('planDashboard.title')}>
      {() => <PlanDashboardView planId={id} />}
    </PlanSubPage>
  );
}
