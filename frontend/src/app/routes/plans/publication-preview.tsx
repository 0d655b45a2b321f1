import { Alert } from '@/components/ui/alert';
import { useReportPreview } from '@/features/plans/api/publication';
import { PublicReportView } from '@/features/plans/components/public-report';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { idYearRoute, Loaded } from '../shared';
import { PlanSubPage } from './common';

export const PublicationPreviewRoute = idYearRoute(PreviewPage);

function PreviewPage({ id, fiscalYear }: { id: number; fiscalYear: number }) {
  const { t, lang } = useI18n();
  const preview = useReportPreview(id, fiscalYear);
  const title = t('publication.previewTitle', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <PlanSubPage
      planId={id}
      title={title}
      trail={[{ label: t('publication.title'), to: `/plans/${id}/publication?fy=${fiscalYear}` }]}
    >
      {() => (
        <>
          <Alert tone="warning">{t('publication.previewNotice')}</Alert>
          <Loaded query={preview}>{(report) => <PublicReportView report={report} />}</Loaded>
        </>
      )}
    </PlanSubPage>
  );
}
