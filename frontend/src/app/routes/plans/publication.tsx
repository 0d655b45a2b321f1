import { useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { usePlan } from '@/features/plans/api/plans';
import { PublicationView } from '@/features/plans/components/publication';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function PublicationRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <PublicationPage key={id} id={id} />;
}

function PublicationPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const me = useMe();
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={t('publication.title')}
          breadcrumbs={[{ label: t('nav.home'), to: '/' }, planCrumb(p, lang), { label: t('publication.title') }]}
        >
          <p className="lead">{t('publication.lead')}</p>
          <PublicationView plan={{ ...p, id }} canPublish={hasRole(me.data, OFFICE_ROLES)} />
        </Page>
      )}
    </Loaded>
  );
}
