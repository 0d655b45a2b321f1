import { useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { ReductionDashboardView } from '@/features/review/components/reduction-dashboard';
import { useT } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from './not-found';

export function ReviewDashboardRoute() {
  const t = useT();
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return (
    <Page
      title={t('dashboard.title')}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('review.title'), to: `/reviews?cycle=${id}` },
        { label: t('dashboard.title') },
      ]}
    >
      <ReductionDashboardView key={id} cycleId={id} />
    </Page>
  );
}
