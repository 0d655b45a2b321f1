import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { QueryState } from '@/components/ui/query-state';
import { HistoryList } from '@/features/audit/components/history-list';
import { RequireRole } from '@/features/auth/components/require-role';
import { SupportProgramExportButtons } from '@/features/exports/components/export-buttons';
import {
  isGranted,
  useDeleteSupportProgram,
  useSupportCatalog,
  useSupportProgram,
  type SupportProgram,
} from '@/features/support/api/support';
import { CarryOver } from '@/features/support/components/carry-over';
import { CatalogChanges, ruleText } from '@/features/support/components/catalog-changes';
import { CatalogMatrixTable } from '@/features/support/components/catalog-matrix';
import { ProgramDetails } from '@/features/support/components/program-details';
import { ProgramForm } from '@/features/support/components/program-form';
import { ProgramList } from '@/features/support/components/program-list';
import { currentFiscalYear, FIRST_EDITION, LAST_EDITION } from '@/features/support/utils/labels';
import { formatYen } from '@/features/support/utils/rule';
import { problemMessage } from '@/lib/api-error';
import { useMe, type Me, type Role } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n, useT, type Lang, type MessageKey, type TFunction } from '@/lib/i18n';
import { fiscalYearChoices, formatFiscalYear, parseFiscalYear } from '@/utils/fiscal-year';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded } from './shared';
// The catalogue's words, and the grant cases' (their entries in a program's history).
import '@/features/grants/i18n';
import '@/features/support/i18n';

/*
 * 支援策 for the staff: the catalogue of a fiscal year as the printed matrix, as a list with filters, and what
 * changed since the previous year; a program's page with its history; the form to add or change one. Anyone may
 * read the catalogue (the public pages show it too); the office changes any program, a section its own.
 */

/** Who sees the staff pages of the catalogue (anyone sees the public ones). */
const SUPPORT_VIEWERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'];
/** Who adds and changes programs (a section's user their own section's), and reads their history. */
const SUPPORT_WRITERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DEPARTMENT'];

/** The pages under it, for the roles that read the catalogue; anyone else reads who may. */
export function SupportViewersOnly() {
  const t = useT();
  return (
    <RequireRole roles={SUPPORT_VIEWERS} fallback={<ForbiddenRoute lead={t('support.forbidden')} />}>
      <Outlet />
    </RequireRole>
  );
}

/** The forms, for the roles that change programs (a section's its own; the page checks the program's canEdit). */
export function SupportWritersOnly() {
  const t = useT();
  return (
    <RequireRole roles={SUPPORT_WRITERS} fallback={<ForbiddenRoute lead={t('support.forbiddenWrite')} />}>
      <Outlet />
    </RequireRole>
  );
}

/** Whether the user may add programs: the office, or a section's user with a section. */
export function canAddPrograms(me: Me | null | undefined): boolean {
  return hasRole(me, OFFICE_ROLES) || (me?.role === 'DEPARTMENT' && me.sectionId !== undefined);
}

type View = 'matrix' | 'list' | 'changes';
const VIEWS: readonly View[] = ['matrix', 'list', 'changes'];

/** The year (`?fy=`, this fiscal year by default) and the view (`?view=`) of /support. */
export function readCatalogParams(search: URLSearchParams, today = new Date()): { fiscalYear: number; view: View } {
  const fy = parseFiscalYear(search.get('fy') ?? undefined);
  const view = search.get('view');
  return {
    fiscalYear: fy !== undefined && fy >= FIRST_EDITION && fy <= LAST_EDITION ? fy : currentFiscalYear(today),
    view: VIEWS.includes(view as View) ? (view as View) : 'matrix',
  };
}

const catalogHref = (fiscalYear: number, view: View = 'matrix') =>
  `/support?fy=${fiscalYear}${view === 'matrix' ? '' : `&view=${view}`}`;
const programHref = (id: number) => `/support/programs/${id}`;

type Notice = { notice?: 'saved' | 'deleted' };

/** /support: the year's catalogue in one of three views; the office carries it over into the next year. */
export function SupportRoute() {
  const { t, lang } = useI18n();
  const me = useMe();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const { fiscalYear, view } = readCatalogParams(search);
  const catalog = useSupportCatalog(fiscalYear);
  const deleted = ((location.state ?? {}) as Notice).notice === 'deleted';
  const title = t('support.title');
  const years = fiscalYearChoices();
  const choices = years.includes(fiscalYear) ? years : [fiscalYear, ...years].sort((a, b) => b - a);
  const chooseYear = (fy: string) => {
    const next = new URLSearchParams(search);
    next.set('fy', fy);
    next.delete('page');
    setSearch(next);
  };
  const edition = t('support.edition', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <Page
      title={title}
      breadcrumbs={crumbs(t, { label: title })}
      actions={
        <>
          {canAddPrograms(me.data) ? (
            <Link className="btn btn-primary" to={`/support/programs/new?fy=${fiscalYear}`}>
              {t('support.new')}
            </Link>
          ) : null}
          {/* The edition as its printed matrix reads; the office edits the file and imports it back. */}
          <SupportProgramExportButtons filter={{ fiscalYear }} />
        </>
      }
    >
      {deleted ? <Alert tone="success">{t('support.deleted')}</Alert> : null}
      <div className="support-years">
        <SelectField label={t('support.field.fiscalYear')} value={String(fiscalYear)} onChange={(e) => chooseYear(e.target.value)}>
          <FiscalYearOptions years={choices} />
        </SelectField>
        <ul className="support-links">
          <li>
            <Link to={`/public/support/${fiscalYear}`}>{t('support.publicPage')}</Link>
          </li>
          <li>
            <Link to={`/public/support/${fiscalYear}/print`}>{t('public.print')}</Link>
          </li>
          <li>
            <Link to={`/public/support/${fiscalYear}/grants`}>{t('support.public.grants', { year: formatFiscalYear(fiscalYear, lang) })}</Link>
          </li>
          {hasRole(me.data, OFFICE_ROLES) ? (
            <li>
              <Link to="/import?dataset=support-programs">{t('support.importLink')}</Link>
            </li>
          ) : null}
        </ul>
      </div>
      <nav className="support-views" aria-label={t('support.views')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <Link to={catalogHref(fiscalYear, v)} aria-current={v === view ? 'page' : undefined}>
                {t(`support.view.${v}` as MessageKey)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {hasRole(me.data, OFFICE_ROLES) && catalog.data && catalog.data.programs > 0 ? (
        <CarryOver fiscalYear={fiscalYear} nextHref={(fy) => catalogHref(fy, view)} />
      ) : null}
      {view === 'matrix' ? (
        <QueryState query={catalog}>
          {(matrix) => (
            <>
              <p className="muted">{t('support.matrixLead', { edition, n: matrix.programs })}</p>
              <CatalogMatrixTable matrix={matrix} caption={edition} programHref={programHref} />
            </>
          )}
        </QueryState>
      ) : null}
      {view === 'list' ? <ProgramList key={fiscalYear} fiscalYear={fiscalYear} /> : null}
      {view === 'changes' ? <CatalogChanges fiscalYear={fiscalYear} programHref={programHref} /> : null}
    </Page>
  );
}

/** 支援策の登録: `?fy=` is the edition (this fiscal year by default); after saving, the program's page. */
export function NewSupportProgramRoute() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const [search] = useSearchParams();
  const { fiscalYear } = readCatalogParams(search);
  const title = t('support.form.newTitle');
  if (!canAddPrograms(me.data)) return <SupportForbidden write />;
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: t('support.title'), to: catalogHref(fiscalYear) }, { label: title })}>
      <ProgramForm
        fiscalYear={fiscalYear}
        onSaved={(p) => void navigate(programHref(p.id), { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(catalogHref(fiscalYear))}
      />
    </Page>
  );
}

/** A page this user's role does not reach, saying who may use it. */
function SupportForbidden({ write = false }: { write?: boolean }) {
  const t = useT();
  return (
    <Page title={t('forbidden.title')}>
      <p>{write ? t('support.forbiddenWrite') : t('support.forbidden')}</p>
      <p>
        <Link to="/support">{t('support.backToCatalog')}</Link>
      </p>
    </Page>
  );
}

export const SupportProgramRoute = idRoute(SupportProgramPage);

/** How the program's history writes what only this feature knows: the rule in words, amounts in yen. */
function historyFormat(t: TFunction, lang: Lang) {
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (entityType !== 'SupportProgram' || value === null || value === undefined) return undefined;
    if (field === 'amountRule') return ruleText(value, t, lang);
    if (field === 'budgetYen' && typeof value === 'number') return formatYen(value, t, lang);
    if (field === 'paperworkHours' && typeof value === 'number') return t('support.hours', { n: value });
    if (field === 'figuresYear' && typeof value === 'number') return formatFiscalYear(value, lang);
    return undefined;
  };
}

function SupportProgramPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const program = useSupportProgram(id);
  const remove = useDeleteSupportProgram(id);
  const [saved] = useState(state.notice === 'saved');
  const readsHistory = hasRole(me.data, SUPPORT_WRITERS);
  return (
    <Loaded query={program}>
      {({ data: p, etag }) => (
        <Page
          title={p.name}
          breadcrumbs={crumbs(t, { label: t('support.title'), to: catalogHref(p.fiscalYear) }, { label: p.name })}
          actions={
            p.canEdit ? (
              <>
                <Link className="btn btn-secondary" to={`${programHref(id)}/edit`}>
                  {t('form.edit')}
                </Link>
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('support.confirmDelete', { name: p.name }))) {
                      remove.mutate(etag, {
                        onSuccess: () =>
                          void navigate(catalogHref(p.fiscalYear, 'list'), { state: { notice: 'deleted' } satisfies Notice }),
                      });
                    }
                  }}
                >
                  {t('support.delete')}
                </Button>
              </>
            ) : null
          }
        >
          {saved ? <Alert tone="success">{t('support.saved')}</Alert> : null}
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          <ProgramLinks program={p} />
          <ProgramDetails program={p} staff />
          {readsHistory ? (
            <Section id="support-history" title={t('history.title')} className="no-print">
              <HistoryList subject={{ type: 'supportProgram', id }} format={historyFormat(t, lang)} />
            </Section>
          ) : null}
        </Page>
      )}
    </Loaded>
  );
}

/** For a subsidy or consignment, its cases (交付案件); for every program, its edition's catalogue and public page. */
function ProgramLinks({ program: p }: { program: SupportProgram }) {
  const { t, lang } = useI18n();
  return (
    <ul className="support-links">
      {isGranted(p.kind) ? (
        <li>
          <Link to={`${programHref(p.id)}/cases`}>{t('support.cases')}</Link>
        </li>
      ) : null}
      <li>
        <Link to={catalogHref(p.fiscalYear)}>{t('support.edition', { year: formatFiscalYear(p.fiscalYear, lang) })}</Link>
      </li>
      <li>
        <Link to={`/public/support/programs/${p.id}`}>{t('support.publicProgram')}</Link>
      </li>
    </ul>
  );
}

export const EditSupportProgramRoute = idRoute(EditSupportProgramPage);

function EditSupportProgramPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const program = useSupportProgram(id);
  return (
    <Loaded query={program}>
      {({ data: p, etag }) =>
        p.canEdit ? (
          <Page
            title={t('support.form.editTitle', { name: p.name })}
            breadcrumbs={crumbs(
              t,
              { label: t('support.title'), to: catalogHref(p.fiscalYear) },
              { label: p.name, to: programHref(id) },
              { label: t('form.edit') },
            )}
          >
            <ProgramForm
              key={etag}
              program={p}
              etag={etag}
              fiscalYear={p.fiscalYear}
              onReload={() => void program.refetch()}
              onSaved={() => void navigate(programHref(id), { state: { notice: 'saved' } satisfies Notice })}
              onCancel={() => void navigate(programHref(id))}
            />
          </Page>
        ) : (
          <SupportForbidden write />
        )
      }
    </Loaded>
  );
}
