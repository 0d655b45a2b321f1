import { useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { PublicGrantsTable } from '@/features/grants/components/public-grants';
import { catalogTitle } from '@/features/support/utils/labels';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, parseFiscalYear } from '@/utils/fiscal-year';
import { PublicNotFoundRoute } from './not-found';
import '@/features/grants/i18n';

/** /public/support/:fiscalYear/grants — 交付決定額の公表, for anyone, under the year's catalogue. */
export function PublicGrantsRoute() {
  const { t, lang } = useI18n();
  const fiscalYear = parseFiscalYear(useParams().fiscalYear);
  if (fiscalYear === undefined) return <PublicNotFoundRoute />;
  const title = t('grant.publicTitle', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <Page
      title={title}
      breadcrumbs={[
        { label: t('public.listTitle'), to: '/public' },
        { label: catalogTitle(t, lang, fiscalYear), to: `/public/support/${fiscalYear}` },
        { label: title },
      ]}
    >
      <PublicGrantsTable key={fiscalYear} fiscalYear={fiscalYear} />
    </Page>
  );
}
