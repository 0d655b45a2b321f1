import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { usePublicReports } from '@/features/plans/api/public-reports';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import '@/features/support/i18n';
import '@/features/volunteers/i18n';

/** /public: every published year of every plan, newest year first (latest revision of each); the support catalogue; the calls for volunteers. */
export function PublicReportsRoute() {
  const { t, lang } = useI18n();
  const reports = usePublicReports();
  const caption = t('public.listTitle');
  return (
    <Page title={caption}>
      <p className="lead">{t('public.lead')}</p>
      <QueryState query={reports} isEmpty={(list) => list.length === 0} empty={t('public.none')}>
        {(list) => (
          <DataTable
            label={caption}
            rows={list}
            rowKey={(r) => `${r.planCode}-${r.fiscalYear}`}
            columns={[
              {
                key: 'year',
                header: t('public.col.year'),
                rowHeader: true,
                className: 'nowrap',
                cell: (r) => (
                  <Link to={`/public/reports/${encodeURIComponent(r.planCode)}/${r.fiscalYear}`}>
                    {formatFiscalYear(r.fiscalYear, lang)}
                    <span className="visually-hidden">{t('public.reportOf', { plan: r.planName })}</span>
                  </Link>
                ),
              },
              { key: 'plan', header: t('public.col.plan'), className: 'wrap', cell: (r) => r.planName },
              {
                key: 'revision',
                header: t('public.col.revision'),
                className: 'nowrap',
                cell: (r) => t('evaluation.revision', { revision: r.revision }),
              },
              {
                key: 'publishedAt',
                header: t('public.col.publishedAt'),
                className: 'nowrap',
                cell: (r) => (r.publishedAt ? formatWarekiDate(r.publishedAt, lang) : ''),
              },
            ]}
          />
        )}
      </QueryState>
      <section aria-labelledby="public-support" className="report-section">
        <h2 id="public-support">{t('support.public.landingTitle')}</h2>
        <p>{t('support.public.landingLead')}</p>
        <ul className="link-list">
          <li>
            <Link to="/public/support">{t('support.public.landingLink')}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="public-volunteers" className="report-section">
        <h2 id="public-volunteers">{t('volunteer.public.landingTitle')}</h2>
        <p>{t('volunteer.public.landingLead')}</p>
        <ul className="link-list">
          <li>
            <Link to="/public/volunteers">{t('volunteer.public.landingLink')}</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
