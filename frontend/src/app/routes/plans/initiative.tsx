import { useLocation, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { useInitiative } from '@/features/plans/api/initiatives';
import { usePlan } from '@/features/plans/api/plans';
import { InitiativeDetails } from '@/features/plans/components/initiative-details';
import { canWriteProgress, COMMITTEE_PAGE_ROLES } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function InitiativeRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <InitiativePage key={id} id={id} />;
}

/** Shown once after a form saved and came back here. */
type Notice = { notice?: MessageKey } | null;

function InitiativePage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const initiative = useInitiative(id);
  const plan = usePlan(initiative.data?.planId);
  const me = useMe();
  const location = useLocation();
  const notice = (location.state as Notice)?.notice;
  return (
    <Loaded query={initiative}>
      {(i) => (
        <Page
          title={i.title}
          breadcrumbs={[
            { label: t('nav.home'), to: '/' },
            ...(plan.data ? [planCrumb(plan.data, lang)] : []),
            { label: i.title },
          ]}
        >
          {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
          <InitiativeDetails
            initiative={i}
            canWrite={canWriteProgress(me.data, i)}
            canReadEvaluations={hasRole(me.data, COMMITTEE_PAGE_ROLES)}
          />
        </Page>
      )}
    </Loaded>
  );
}
