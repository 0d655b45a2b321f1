import { useSearchParams } from 'react-router';
import { WebhooksPage } from '@/features/webhooks/components/webhooks-page';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function WebhooksRoute() {
  const t = useT();
  const [search] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  return (
    <MenuPage title={t('webhook.title')}>
      <p className="lead">{t('webhook.lead')}</p>
      <WebhooksPage page={page} />
    </MenuPage>
  );
}
