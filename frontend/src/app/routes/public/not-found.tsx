import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { useI18n } from '@/lib/i18n';

/** No such report (not published, or a mistyped address): the same words whatever the reason. */
export function PublicNotFoundRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('public.notFoundTitle')} breadcrumbs={[{ label: t('public.listTitle'), to: '/public' }, { label: t('public.notFoundTitle') }]}>
      <p>{t('public.notFoundLead')}</p>
      <p>
        <Link to="/public">{t('public.backToList')}</Link>
      </p>
    </Page>
  );
}
