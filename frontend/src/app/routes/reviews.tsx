import { useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { ReductionDashboardView } from '@/features/review/components/reduction-dashboard';
import { ReviewBoard } from '@/features/review/components/review-board';
import { useT } from '@/lib/i18n';
import { parseId } from './district';
import { NotFoundRoute } from './not-found';

export function ReviewsRoute() {
  const t = useT();
  return (
    <Page title={t('review.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('review.title') }]}>
      <ReviewBoard />
    </Page>
  );
}

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
