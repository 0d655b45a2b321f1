import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { usePublicReports } from '@/features/plans/api/public-reports';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';

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
                    <Link to={`/public/reports/${encodeURIComponent(r.planCode)}/${r.fiscalYear}`}>
                      {formatFiscalYear(r.fiscalYear, lang)}
                      <span className="visually-hidden">{t('public.reportOf', { plan: r.planName })}</span>
                    </Link>
                  </th>
                  <td className="wrap">{r.planName}</td>
                  <td className="nowrap">{t('evaluation.revision', { revision: r.revision })}</td>
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
