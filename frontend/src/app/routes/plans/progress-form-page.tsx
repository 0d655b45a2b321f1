import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { useInitiative } from '@/features/plans/api/initiatives';
import { usePlan } from '@/features/plans/api/plans';
import type { InitiativeDetail, PlanDetail } from '@/features/plans/api/types';
import { canWriteProgress } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { ForbiddenRoute } from '../forbidden';
import { Loaded } from '../shared';
import { planCrumbs } from './common';

/**
 * The page of a progress report's form (new or edit): the initiative and its plan loaded, only for those who may
 * report on it, under ホーム › plan › initiative › `crumb`; a save goes back to the initiative, which says so.
 */
export function ProgressFormPage({
  initiativeId,
  title,
  crumb,
  children,
}: {
  initiativeId: number;
  title: (initiative: InitiativeDetail) => string;
  crumb: string;
  children: (initiative: InitiativeDetail, plan: PlanDetail | undefined, onSaved: () => void) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const initiative = useInitiative(initiativeId);
  const plan = usePlan(initiative.data?.planId);
  const me = useMe();
  const onSaved = () => void navigate(`/initiatives/${initiativeId}`, { state: { notice: 'progress.saved' } });
  return (
    <Loaded query={initiative}>
      {(i) =>
        canWriteProgress(me.data, i) ? (
          <Page
            title={title(i)}
            breadcrumbs={planCrumbs(t, lang, plan.data, { label: i.title, to: `/initiatives/${initiativeId}` }, { label: crumb })}
          >
            {plan.isLoading ? <Loading /> : children(i, plan.data, onSaved)}
          </Page>
        ) : (
          <ForbiddenRoute lead={t('forbidden.leadProgress')} />
        )
      }
    </Loaded>
  );
}
