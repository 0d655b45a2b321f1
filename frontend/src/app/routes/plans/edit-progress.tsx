import { useProgressReport } from '@/features/plans/api/progress-reports';
import { ProgressReportForm } from '@/features/plans/components/progress-report-form';
import { periodLabel } from '@/features/plans/utils/format';
import { useI18n } from '@/lib/i18n';
import { idRoute, Loaded } from '../shared';
import { ProgressFormPage } from './progress-form-page';

export const EditProgressRoute = idRoute(EditProgressPage);

/** The report, then its initiative and plan (the page needs all three). */
function EditProgressPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const report = useProgressReport(id);
  return (
    <Loaded query={report}>
      {(r) => {
        const period = periodLabel(t, lang, r.data.fiscalYear, r.data.half);
        return (
          <ProgressFormPage
            initiativeId={r.data.initiativeId}
            title={(i) => t('progress.editTitle', { title: i.title, period })}
            crumb={t('progress.editCrumb', { period })}
          >
            {(i, plan, onSaved) => (
              <ProgressReportForm
                key={r.etag}
                initiative={i}
                plan={plan}
                report={r.data}
                etag={r.etag}
                onReload={() => void report.refetch()}
                onSaved={onSaved}
              />
            )}
          </ProgressFormPage>
        );
      }}
    </Loaded>
  );
}
