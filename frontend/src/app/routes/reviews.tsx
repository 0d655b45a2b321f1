import { ReviewBoard } from '@/features/review/components/review-board';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function ReviewsRoute() {
  const t = useT();
  return (
    <MenuPage title={t('review.title')}>
      <ReviewBoard />
    </MenuPage>
  );
}
