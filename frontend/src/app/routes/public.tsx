import { Suspense } from 'react';
import { Link, Outlet, useParams, useSearchParams } from 'react-router';
import { Page, usePageTitle } from '@/components/layout/page';
import { PrintShell, PublicShell } from '@/components/layout/public-shell';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { openDataUrl, usePublicReport, usePublicReports } from '@/features/plans/api/public-reports';
import { PublicReportView, reportTitle } from '@/features/plans/components/public-report';
import { ApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate, parseFiscalYear } from '@/utils/fiscal-year';

/** The public side: its own plain layout, nothing of the staff's menu, no sign-in. */
export function PublicLayout() {
  return (
    <PublicShell>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </PublicShell>
  );
}

function readRevision(search: URLSearchParams): number | undefined {
  const raw = search.get('revision');
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 ? n : undefined;
}

/** /public: every published year of every plan, newest year first (latest revision of each). */
export function PublicReportsRoute() {
  const { t, lang } = useI18n();
  const reports = usePublicReports();
  const caption = t('public.listTitle');
  return (
    <Page title={caption}>
      <p className="lead">{t('public.lead')}</p>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <p>{t('public.none')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('public.col.year')}</th>
                <th scope="col">{t('public.col.plan')}</th>
                <th scope="col">{t('public.col.revision')}</th>
                <th scope="col">{t('public.col.publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.data.map((r) => (
                <tr key={`${r.planCode}-${r.fiscalYear}`}>
                  <th scope="row" className="nowrap">
                    <Link to={`/public/reports/${encodeURIComponent(r.planCode ?? '')}/${r.fiscalYear}`}>
                      {r.fiscalYear !== undefined ? formatFiscalYear(r.fiscalYear, lang) : ''}
                      <span className="visually-hidden">{t('public.reportOf', { plan: r.planName ?? '' })}</span>
                    </Link>
                  </th>
                  <td className="wrap">{r.planName}</td>
                  <td className="nowrap">{t('evaluation.revision', { revision: r.revision ?? 1 })}</td>
                  <td className="nowrap">{r.publishedAt ? formatWarekiDate(r.publishedAt, lang) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}

/** No such report (not published, or a mistyped address): the same words whatever the reason. */
export function PublicNotFoundRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('public.notFoundTitle')} breadcrumbs={[{ label: t('public.listTitle'), to: '/public' }, { label: t('public.notFoundTitle') }]}>
      <p>{t('public.notFoundLead')}</p>
      <p>
        <Link to="/public">{t('public.backToList')}</Link>
      </p>
    </Page>
  );
}

function useReportParams() {
  const params = useParams();
  const [search] = useSearchParams();
  return {
    planCode: params.planCode ?? '',
    fiscalYear: parseFiscalYear(params.fiscalYear),
    revision: readRevision(search),
  };
}

export function PublicReportRoute() {
  const { planCode, fiscalYear, revision } = useReportParams();
  if (!planCode || fiscalYear === undefined) return <PublicNotFoundRoute />;
  return <PublicReportPage key={`${planCode}-${fiscalYear}-${revision ?? ''}`} planCode={planCode} fiscalYear={fiscalYear} revision={revision} />;
}

function PublicReportPage({ planCode, fiscalYear, revision }: { planCode: string; fiscalYear: number; revision: number | undefined }) {
  const { t, lang } = useI18n();
  const report = usePublicReport(planCode, fiscalYear, revision);
  if (report.isPending) return <Loading />;
  if (report.isError) {
    if (report.error instanceof ApiError && report.error.status === 404) return <PublicNotFoundRoute />;
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  }
  const r = report.data;
  const title = reportTitle(t, lang, r);
  const base = `/public/reports/${encodeURIComponent(planCode)}/${fiscalYear}`;
  const latest = Math.max(0, ...(r.revisions ?? []).map((x) => x.revision ?? 0));
  const older = r.revision !== undefined && latest > r.revision;
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
          <p>{t('public.olderRevision', { revision: r.revision ?? 1 })}</p>
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
