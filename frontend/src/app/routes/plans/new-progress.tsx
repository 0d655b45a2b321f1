import { useProgressReports } from '@/features/plans/api/progress-reports';
import { ProgressReportForm } from '@/features/plans/components/progress-report-form';
import { useI18n } from '@/lib/i18n';
import { idRoute } from '../shared';
import { ProgressFormPage } from './progress-form-page';

export const NewProgressRoute = idRoute(NewProgressPage);

function NewProgressPage({ id }: { id: number }) {
  const { t } = useI18n();
  const reports = useProgressReports(id);
  return (
    <ProgressFormPage
      initiativeId={id}
      title={(i) => t('progress.newTitle', { title: i.title })}
      crumb={t('initiative.addProgress')}
    >
      {(i, plan, onSaved) => (
        <ProgressReportForm initiative={i} plan={plan} existing={reports.data ?? []} onSaved={onSaved} />
      )}
    </ProgressFormPage>
  );
}
