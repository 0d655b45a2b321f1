import { Page } from '@/components/layout/page';
import { ReviewBoard } from '@/features/review/components/review-board';
import { useT } from '@/lib/i18n';

export function ReviewsRoute() {
  const t = useT();
  return (
    <Page title={t('review.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('review.title') }]}>
      <ReviewBoard />
    </Page>
  );
}
