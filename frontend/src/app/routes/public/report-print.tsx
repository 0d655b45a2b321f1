import { Link } from 'react-router';
import { usePageTitle } from '@/components/layout/page';
import { PrintShell, PublicShell } from '@/components/layout/public-shell';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { usePublicReport } from '@/features/plans/api/public-reports';
import { PublicReportView, reportTitle } from '@/features/plans/components/public-report';
import { ApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { PublicNotFoundRoute } from './not-found';
import { useReportParams } from './report-params';
import './report-print.css';

export function PublicReportPrintRoute() {
  const { planCode, fiscalYear, revision } = useReportParams();
  if (!planCode || fiscalYear === undefined) {
    return (
      <PublicShell>
        <PublicNotFoundRoute />
      </PublicShell>
    );
  }
  return <PrintPage planCode={planCode} fiscalYear={fiscalYear} revision={revision} />;
}

/** A4 paper: no navigation, black on white, each pillar on a new page (see .print-report in global.css). */
function PrintPage({ planCode, fiscalYear, revision }: { planCode: string; fiscalYear: number; revision: number | undefined }) {
  const { t, lang } = useI18n();
  const report = usePublicReport(planCode, fiscalYear, revision);
  const title = report.data ? reportTitle(t, lang, report.data) : undefined;
  usePageTitle(title);
  const back = `/public/reports/${encodeURIComponent(planCode)}/${fiscalYear}${revision ? `?revision=${revision}` : ''}`;
  if (report.isError && report.error instanceof ApiError && report.error.status === 404) {
    return (
      <PublicShell>
        <PublicNotFoundRoute />
      </PublicShell>
    );
  }
  return (
    <PrintShell>
      <div className="print-toolbar no-print">
        <Button onClick={() => window.print()}>{t('public.printNow')}</Button>
        <Link to={back}>{t('public.backToReport')}</Link>
        <p className="field-hint">{t('public.printHint')}</p>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <article className="print-report">
          <h1>{title}</h1>
          <PublicReportView report={report.data} variant="print" />
        </article>
      )}
    </PrintShell>
  );
}
