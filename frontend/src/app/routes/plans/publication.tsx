import { PublicationView } from '@/features/plans/components/publication';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { idRoute } from '../shared';
import { PlanSubPage } from './common';

export const PublicationRoute = idRoute(PublicationPage);

function PublicationPage({ id }: { id: number }) {
  const { t } = useI18n();
  const me = useMe();
  return (
    <PlanSubPage planId={id} title={t('publication.title')}>
      {(p) => (
        <>
          <p className="lead">{t('publication.lead')}</p>
          <PublicationView plan={{ ...p, id }} canPublish={hasRole(me.data, OFFICE_ROLES)} />
        </>
      )}
    </PlanSubPage>
  );
}
