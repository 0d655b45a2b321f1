import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { useInitiative } from '@/features/plans/api/initiatives';
import { usePlan } from '@/features/plans/api/plans';
import { useProgressReports } from '@/features/plans/api/progress-reports';
import { ProgressReportForm } from '@/features/plans/components/progress-report-form';
import { canWriteProgress } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { ForbiddenRoute } from '../forbidden';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function NewProgressRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <NewProgressPage key={id} id={id} />;
}

function NewProgressPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const initiative = useInitiative(id);
  const plan = usePlan(initiative.data?.planId);
  const reports = useProgressReports(id);
  const me = useMe();
  return (
    <Loaded query={initiative}>
      {(i) => {
        if (!canWriteProgress(me.data, i)) return <ForbiddenRoute lead={t('forbidden.leadProgress')} />;
        const title = t('progress.newTitle', { title: i.title });
        return (
          <Page
            title={title}
            breadcrumbs={[
              { label: t('nav.home'), to: '/' },
              ...(plan.data ? [planCrumb(plan.data, lang)] : []),
              { label: i.title, to: `/initiatives/${id}` },
              { label: t('initiative.addProgress') },
            ]}
          >
            {plan.isLoading ? (
              <Loading />
            ) : (
              <ProgressReportForm
                initiative={i}
                plan={plan.data}
                existing={reports.data ?? []}
                onSaved={() => void navigate(`/initiatives/${id}`, { state: { notice: 'progress.saved' } })}
              />
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}
