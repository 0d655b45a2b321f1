import { useLocation } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { useInitiative } from '@/features/plans/api/initiatives';
import { usePlan } from '@/features/plans/api/plans';
import { InitiativeDetails } from '@/features/plans/components/initiative-details';
import { canWriteProgress, COMMITTEE_PAGE_ROLES } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { planCrumbs } from './common';
import { idRoute, Loaded } from '../shared';

export const InitiativeRoute = idRoute(InitiativePage);

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
          breadcrumbs={planCrumbs(t, lang, plan.data, { label: i.title })}
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
