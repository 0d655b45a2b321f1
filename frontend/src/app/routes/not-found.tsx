import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { useT } from '@/lib/i18n';

export function NotFoundRoute() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.lead')}</p>
      <p>
        <Link to="/districts">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}
