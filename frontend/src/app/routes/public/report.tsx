import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { openDataUrl, usePublicReport } from '@/features/plans/api/public-reports';
import type { PublicReport as PublicReportData } from '@/features/plans/api/types';
import { PublicReportView, reportTitle } from '@/features/plans/components/public-report';
import { useI18n } from '@/lib/i18n';
import { Loaded } from '../shared';
import { PublicNotFoundRoute } from './not-found';
import { useReportParams } from './report-params';
import './report.css';

export function PublicReportRoute() {
  const { planCode, fiscalYear, revision } = useReportParams();
  if (!planCode || fiscalYear === undefined) return <PublicNotFoundRoute />;
  return <PublicReportPage key={`${planCode}-${fiscalYear}-${revision ?? ''}`} planCode={planCode} fiscalYear={fiscalYear} revision={revision} />;
}

function PublicReportPage({ planCode, fiscalYear, revision }: { planCode: string; fiscalYear: number; revision: number | undefined }) {
  const report = usePublicReport(planCode, fiscalYear, revision);
  return (
    <Loaded query={report} notFound={<PublicNotFoundRoute />}>
      {(r) => <PublicReport report={r} planCode={planCode} fiscalYear={fiscalYear} revision={revision} />}
    </Loaded>
  );
}

function PublicReport({
  report: r,
  planCode,
  fiscalYear,
  revision,
}: {
  report: PublicReportData;
  planCode: string;
  fiscalYear: number;
  revision: number | undefined;
}) {
  const { t, lang } = useI18n();
  const title = reportTitle(t, lang, r);
  const base = `/public/reports/${encodeURIComponent(planCode)}/${fiscalYear}`;
  const latest = Math.max(0, ...(r.revisions ?? []).map((x) => x.revision));
  const older = latest > r.revision;
  return (
    <Page
      title={title}
      breadcrumbs={[{ label: t('public.listTitle'), to: '/public' }, { label: title }]}
      actions={
        <Link className="btn btn-secondary" to={`${base}/print${revision ? `?revision=${revision}` : ''}`}>
          {t('public.print')}
        </Link>
      }
    >
      {older ? (
        <Alert tone="info">
          <p>{t('public.olderRevision', { revision: r.revision })}</p>
          <Link to={base}>{t('public.toLatest')}</Link>
        </Alert>
      ) : null}
      <section aria-labelledby="report-opendata" className="report-section">
        <h2 id="report-opendata">{t('public.opendata')}</h2>
        <p className="field-hint">{t('public.opendataHint')}</p>
        <ul className="link-list">
          <li>
            <a href={openDataUrl(planCode, fiscalYear, 'csv')} download>
              {t('public.csv')}
            </a>
          </li>
          <li>
            <a href={openDataUrl(planCode, fiscalYear, 'json')} type="application/json">
              {t('public.json')}
            </a>
          </li>
        </ul>
      </section>
      <PublicReportView report={r} revisionHref={(rev) => (rev === latest ? base : `${base}?revision=${rev}`)} />
    </Page>
  );
}
