import { useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { usePlan } from '@/features/plans/api/plans';
import { useReportPreview } from '@/features/plans/api/publication';
import { PublicReportView } from '@/features/plans/components/public-report';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, parseFiscalYear } from '@/utils/fiscal-year';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';
import { Loaded, planCrumb } from './common';

export function PublicationPreviewRoute() {
  const params = useParams();
  const id = parseId(params.id);
  const fy = parseFiscalYear(params.fiscalYear);
  if (id === undefined || fy === undefined) return <NotFoundRoute />;
  return <PreviewPage key={`${id}-${fy}`} id={id} fiscalYear={fy} />;
}

function PreviewPage({ id, fiscalYear }: { id: number; fiscalYear: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const preview = useReportPreview(id, fiscalYear);
  const title = t('publication.previewTitle', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={title}
          breadcrumbs={[
            { label: t('nav.home'), to: '/' },
            planCrumb(p, lang),
            { label: t('publication.title'), to: `/plans/${id}/publication?fy=${fiscalYear}` },
            { label: title },
          ]}
        >
          <Alert tone="warning">{t('publication.previewNotice')}</Alert>
          <Loaded query={preview}>{(report) => <PublicReportView report={report} />}</Loaded>
        </Page>
      )}
    </Loaded>
  );
}
