import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { useT } from '@/lib/i18n';

/** A page the signed-in user's role does not include (a bookmark, a shared link); `lead` says who may use it. */
export function ForbiddenRoute({ lead }: { lead?: string }) {
  const t = useT();
  return (
    <Page title={t('forbidden.title')}>
      <p>{lead ?? t('forbidden.lead')}</p>
      <p>
        <Link to="/districts">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}
