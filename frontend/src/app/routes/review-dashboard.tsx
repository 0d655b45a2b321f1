import { Page } from '@/components/layout/page';
import { ReductionDashboardView } from '@/features/review/components/reduction-dashboard';
import { useT } from '@/lib/i18n';
import { crumbs, idRoute } from './shared';

export const ReviewDashboardRoute = idRoute(ReviewDashboardPage);

function ReviewDashboardPage({ id }: { id: number }) {
  const t = useT();
  return (
    <Page
      title={t('dashboard.title')}
      breadcrumbs={crumbs(t, { label: t('review.title'), to: `/reviews?cycle=${id}` }, { label: t('dashboard.title') })}
    >
      <ReductionDashboardView cycleId={id} />
    </Page>
  );
}
