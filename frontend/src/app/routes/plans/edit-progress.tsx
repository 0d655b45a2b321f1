import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { useInitiative } from '@/features/plans/api/initiatives';
import { usePlan } from '@/features/plans/api/plans';
import { useProgressReport } from '@/features/plans/api/progress-reports';
import type { PlanDetail } from '@/features/plans/api/types';
import { ProgressReportForm } from '@/features/plans/components/progress-report-form';
import { canWriteProgress, periodLabel } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { ForbiddenRoute } from '../forbidden';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function EditProgressRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <EditProgressPage key={id} id={id} />;
}

function EditProgressPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const report = useProgressReport(id);
  const initiativeId = report.data?.data.initiativeId;
  const me = useMe();
  return (
    <Loaded query={report}>
      {(r) =>
        initiativeId === undefined ? (
          <NotFoundRoute />
        ) : (
          <EditProgressBody
            initiativeId={initiativeId}
            onLoaded={(i, plan) => {
              if (!canWriteProgress(me.data, i)) return <ForbiddenRoute lead={t('forbidden.leadProgress')} />;
              const period = periodLabel(t, lang, r.data.fiscalYear, r.data.half);
              return (
                <Page
                  title={t('progress.editTitle', { title: i.title, period })}
                  breadcrumbs={[
                    { label: t('nav.home'), to: '/' },
                    ...(plan ? [planCrumb(plan, lang)] : []),
                    { label: i.title, to: `/initiatives/${initiativeId}` },
                    { label: t('progress.editCrumb', { period }) },
                  ]}
                >
                  <ProgressReportForm
                    key={r.etag}
                    initiative={i}
                    plan={plan}
                    report={r.data}
                    etag={r.etag}
                    onReload={() => void report.refetch()}
                    onSaved={() =>
                      void navigate(`/initiatives/${initiativeId}`, { state: { notice: 'progress.saved' } })
                    }
                  />
                </Page>
              );
            }}
          />
        )
      }
    </Loaded>
  );
}

/** The report's initiative and plan, then the page (which needs all three). */
function EditProgressBody({
  initiativeId,
  onLoaded,
}: {
  initiativeId: number;
  onLoaded: (
    initiative: NonNullable<ReturnType<typeof useInitiative>['data']>,
    plan: PlanDetail | undefined,
  ) => ReactNode;
}) {
  const initiative = useInitiative(initiativeId);
  const plan = usePlan(initiative.data?.planId);
  return (
    <Loaded query={initiative}>
      {(i) => (plan.isLoading ? <Loading /> : <>{onLoaded(i, plan.data)}</>)}
    </Loaded>
  );
}
