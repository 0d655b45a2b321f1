import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Page, usePageTitle } from '@/components/layout/page';
import { PrintShell, PublicShell } from '@/components/layout/public-shell';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';
import { useSupportCatalog, useSupportProgram } from '@/features/support/api/support';
import { CatalogMatrixTable } from '@/features/support/components/catalog-matrix';
import { ProgramDetails } from '@/features/support/components/program-details';
import { catalogTitle, currentFiscalYear, FIRST_EDITION, LAST_EDITION } from '@/features/support/utils/labels';
import { useI18n } from '@/lib/i18n';
import { fiscalYearChoices, formatFiscalYear, parseFiscalYear } from '@/utils/fiscal-year';
import { parseId } from '@/utils/id';
import { Loaded } from '../shared';
import { PublicNotFoundRoute } from './not-found';
import '@/features/support/i18n';
import './support-print.css';

/*
 * 支援策一覧 for anyone, without signing in: the matrix of one fiscal year's edition (this year's by default), the
 * neighbouring editions, the print page, a program's page, and the link to the published grant decisions.
 */

const editionPath = (fiscalYear: number) => `/public/support/${fiscalYear}`;
const programPath = (id: number) => `/public/support/programs/${id}`;

/** The edition a /public/support(/:fiscalYear) address names: this fiscal year without one; undefined if malformed. */
function useEditionYear(): number | undefined {
  const raw = useParams().fiscalYear;
  if (raw === undefined) return currentFiscalYear();
  const fy = parseFiscalYear(raw);
  return fy !== undefined && fy >= FIRST_EDITION && fy <= LAST_EDITION ? fy : undefined;
}

export function PublicSupportRoute() {
  const fiscalYear = useEditionYear();
  if (fiscalYear === undefined) return <PublicNotFoundRoute />;
  return <PublicCatalogPage key={fiscalYear} fiscalYear={fiscalYear} />;
}

function PublicCatalogPage({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const catalog = useSupportCatalog(fiscalYear);
  const title = catalogTitle(t, lang, fiscalYear);
  return (
    <Page
      title={title}
      breadcrumbs={[{ label: t('public.listTitle'), to: '/public' }, { label: title }]}
      actions={
        <Link className="btn btn-secondary" to={`${editionPath(fiscalYear)}/print`}>
          {t('public.print')}
        </Link>
      }
    >
      <p className="lead">{t('support.public.lead')}</p>
      <EditionNav fiscalYear={fiscalYear} />
      <ul className="support-links">
        <li>
          <Link to={`${editionPath(fiscalYear)}/grants`}>{t('support.public.grants', { year: formatFiscalYear(fiscalYear, lang) })}</Link>
        </li>
      </ul>
      <QueryState query={catalog}>
        {(matrix) => <CatalogMatrixTable matrix={matrix} caption={title} programHref={programPath} />}
      </QueryState>
    </Page>
  );
}

/** The editions before and after this one, and any year to choose. */
function EditionNav({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(String(fiscalYear));
  const years = fiscalYearChoices();
  const choices = years.includes(fiscalYear) ? years : [fiscalYear, ...years].sort((a, b) => b - a);
  const go = (e: FormEvent) => {
    e.preventDefault();
    void navigate(editionPath(Number(chosen)));
  };
  return (
    <div className="support-years">
      <nav aria-label={t('support.public.editions')}>
        <ul className="support-year-links">
          {fiscalYear > FIRST_EDITION ? (
            <li>
              <Link to={editionPath(fiscalYear - 1)} rel="prev">
                {t('support.public.previous', { year: formatFiscalYear(fiscalYear - 1, lang) })}
              </Link>
            </li>
          ) : null}
          {fiscalYear < LAST_EDITION ? (
            <li>
              <Link to={editionPath(fiscalYear + 1)} rel="next">
                {t('support.public.next', { year: formatFiscalYear(fiscalYear + 1, lang) })}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <form className="support-years" aria-label={t('support.public.chooseYear')} onSubmit={go}>
        <SelectField label={t('support.field.fiscalYear')} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <FiscalYearOptions years={choices} />
        </SelectField>
        <Button type="submit" variant="secondary">
          {t('support.public.show')}
        </Button>
      </form>
    </div>
  );
}

/** A program's page: what it is, whom to ask, and for a subsidy or consignment its budget, deadlines and rule. */
export function PublicSupportProgramRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <PublicNotFoundRoute />;
  return <PublicProgramPage key={id} id={id} />;
}

function PublicProgramPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const program = useSupportProgram(id);
  return (
    <Loaded query={program} notFound={<PublicNotFoundRoute />}>
      {({ data: p }) => {
        const edition = catalogTitle(t, lang, p.fiscalYear);
        return (
          <Page
            title={p.name}
            breadcrumbs={[
              { label: t('public.listTitle'), to: '/public' },
              { label: edition, to: editionPath(p.fiscalYear) },
              { label: p.name },
            ]}
          >
            <ProgramDetails program={p} />
            <p>
              <Link to={editionPath(p.fiscalYear)}>{t('support.public.backTo', { title: edition })}</Link>
            </p>
          </Page>
        );
      }}
    </Loaded>
  );
}

/** A4 landscape: the matrix across the page, nothing else but a toolbar that does not print. */
export function PublicSupportPrintRoute() {
  const fiscalYear = parseFiscalYear(useParams().fiscalYear);
  if (fiscalYear === undefined || fiscalYear < FIRST_EDITION || fiscalYear > LAST_EDITION) {
    return (
      <PublicShell>
        <PublicNotFoundRoute />
      </PublicShell>
    );
  }
  return <PrintPage fiscalYear={fiscalYear} />;
}

function PrintPage({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const catalog = useSupportCatalog(fiscalYear);
  const title = catalogTitle(t, lang, fiscalYear);
  usePageTitle(title);
  return (
    <PrintShell>
      <div className="support-print-main">
        <div className="print-toolbar no-print">
          <Button onClick={() => window.print()}>{t('public.printNow')}</Button>
          <Link to={editionPath(fiscalYear)}>{t('support.public.backTo', { title })}</Link>
          <p className="field-hint">{t('support.public.printHint')}</p>
        </div>
        {catalog.isPending ? (
          <Loading />
        ) : catalog.isError ? (
          <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} />
        ) : (
          <article className="support-print">
            <h1>{title}</h1>
            <CatalogMatrixTable matrix={catalog.data} caption={title} programHref={programPath} />
          </article>
        )}
      </div>
    </PrintShell>
  );
}
