import { useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { usePlan } from '@/features/plans/api/plans';
import { PlanDashboardView } from '@/features/plans/components/plan-dashboard';
import { useI18n } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function PlanDashboardRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <PlanDashboardPage key={id} id={id} />;
}

function PlanDashboardPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={t('planDashboard.title')}
          breadcrumbs={[{ label: t('nav.home'), to: '/' }, planCrumb(p, lang), { label: t('planDashboard.title') }]}
        >
          <PlanDashboardView planId={id} />
        </Page>
      )}
    </Loaded>
  );
}
