import type { ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import {
  useInitiative,
  usePlan,
  usePlans,
  useProgressReport,
  useProgressReports,
  useReportPreview,
} from '@/features/plans/api';
import { CommitteeMeetingsPanel, CommitteeMembersPanel } from '@/features/plans/components/committee';
import { EvaluationSheetView } from '@/features/plans/components/evaluation-sheet';
import { InitiativeDetails } from '@/features/plans/components/initiative-details';
import { PlanDashboardView } from '@/features/plans/components/plan-dashboard';
import { PlanTreeView } from '@/features/plans/components/plan-tree';
import { ProgressReportForm } from '@/features/plans/components/progress-report-form';
import { PublicationView } from '@/features/plans/components/publication';
import { PublicReportView } from '@/features/plans/components/public-report';
import type { PlanDetail } from '@/features/plans/types';
import {
  canWriteProgress,
  COMMITTEE_PAGE_ROLES,
  EVALUATOR_ROLES,
  periodLabel,
  planYears,
} from '@/features/plans/utils/format';
import { ApiError } from '@/lib/api-error';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear, parseFiscalYear } from '@/utils/fiscal-year';
import { parseId } from './district';
import { ForbiddenRoute } from './forbidden';
import { NotFoundRoute } from './not-found';

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Loading, a 404 as the not-found page, or any other failure with a retry; otherwise the page. */
function Loaded<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundRoute />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data as T)}</>;
}

function planPeriod(t: ReturnType<typeof useI18n>['t'], lang: 'ja' | 'en', plan: PlanDetail): string {
  if (plan.fromFiscalYear === undefined) return '';
  return t('plan.periodRange', {
    from: formatFiscalYear(plan.fromFiscalYear, lang),
    to: formatFiscalYear(plan.toFiscalYear ?? plan.fromFiscalYear, lang),
  });
}

function planCrumb(plan: PlanDetail, lang: 'ja' | 'en') {
  return { label: (lang === 'en' ? plan.nameEn ?? plan.name : plan.name) ?? '', to: `/plans/${plan.id}` };
}

const planName = (plan: PlanDetail, lang: 'ja' | 'en') => (lang === 'en' ? plan.nameEn ?? plan.name : plan.name) ?? '';

// Plans -------------------------------------------------------------------------------------------------------

/** 計画: straight to the plan when the city has one, else the list. */
export function PlansRoute() {
  const { t, lang } = useI18n();
  const plans = usePlans();
  return (
    <Loaded query={plans}>
      {(page) => {
        const items = page.items ?? [];
        if (items.length === 1 && items[0]?.id !== undefined) return <Navigate to={`/plans/${items[0].id}`} replace />;
        return (
          <Page title={t('plan.listTitle')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('plan.listTitle') }]}>
            {items.length === 0 ? (
              <p>{t('plan.none')}</p>
            ) : (
              <TableScroll label={t('plan.listTitle')}>
                <table className="table">
                  <caption className="visually-hidden">{t('plan.listTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.name')}</th>
                      <th scope="col">{t('plan.owner')}</th>
                      <th scope="col">{t('plan.years')}</th>
                      <th scope="col" className="num">
                        {t('plan.initiativeCount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          <Link to={`/plans/${p.id}`}>{planName(p, lang)}</Link>
                        </th>
                        <td>{p.owner}</td>
                        <td className="nowrap">{planPeriod(t, lang, p)}</td>
                        <td className="num">{p.initiatives ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}

export function PlanRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <PlanPage key={id} id={id} />;
}

function PlanPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const me = useMe();
  const committeePages = hasRole(me.data, COMMITTEE_PAGE_ROLES);
  const year = fiscalYearOf(new Date());
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={planName(p, lang)}
          breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: planName(p, lang) }]}
          actions={
            <nav aria-label={t('plan.pages')} className="page-links">
              <Link className="btn btn-secondary" to={`/plans/${id}/dashboard`}>
                {t('plan.dashboardLink')}
              </Link>
              {committeePages ? (
                <>
                  <Link className="btn btn-secondary" to={`/plans/${id}/evaluations/${year}`}>
                    {t('plan.evaluationsLink')}
                  </Link>
                  <Link className="btn btn-secondary" to={`/plans/${id}/publication`}>
                    {t('plan.publicationLink')}
                  </Link>
                </>
              ) : null}
            </nav>
          }
        >
          <p className="lead">
            {[p.owner, planPeriod(t, lang, p)].filter(Boolean).join('・')}
            {p.initiatives !== undefined ? `・${t('plan.initiativesOf', { count: p.initiatives })}` : ''}
          </p>
          {p.description ? (
            <details className="plan-description">
              <summary>{t('plan.aboutPlan')}</summary>
              <p className="pre-line">{p.description}</p>
            </details>
          ) : null}
          <PlanTreeView planId={id} />
        </Page>
      )}
    </Loaded>
  );
}

export function PlanDashboardRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <PlanDashboardPage key={id} id={id} />;
}

function PlanDashboardPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={t('planDashboard.title')}
          breadcrumbs={[{ label: t('nav.home'), to: '/' }, planCrumb(p, lang), { label: t('planDashboard.title') }]}
        >
          <PlanDashboardView planId={id} />
        </Page>
      )}
    </Loaded>
  );
}

// Evaluation sheet and publication ----------------------------------------------------------------------------

/** The committee's pages: the office, the committee and admins. */
export function CommitteePagesOnly({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!hasRole(me.data, COMMITTEE_PAGE_ROLES)) return <ForbiddenRoute lead={t('forbidden.leadCommittee')} />;
  return <>{children}</>;
}

/** /plans/:id/evaluations → this fiscal year's sheet. */
export function EvaluationsIndexRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <Navigate to={`/plans/${id}/evaluations/${fiscalYearOf(new Date())}`} replace />;
}

export function EvaluationSheetRoute() {
  const params = useParams();
  const id = parseId(params.id);
  const fy = parseFiscalYear(params.fiscalYear);
  if (id === undefined || fy === undefined) return <NotFoundRoute />;
  return <EvaluationSheetPage key={`${id}-${fy}`} id={id} fiscalYear={fy} />;
}

function EvaluationSheetPage({ id, fiscalYear }: { id: number; fiscalYear: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const me = useMe();
  const navigate = useNavigate();
  const canWrite = hasRole(me.data, EVALUATOR_ROLES);
  const title = t('evaluation.sheetTitle', { year: formatFiscalYear(fiscalYear, lang) });
  return (
    <Loaded query={plan}>
      {(p) => {
        const years = planYears(p);
        if (!years.includes(fiscalYear)) years.unshift(fiscalYear);
        return (
          <Page title={title} breadcrumbs={[{ label: t('nav.home'), to: '/' }, planCrumb(p, lang), { label: title }]}>
            <form className="filters filters-single" onSubmit={(e) => e.preventDefault()} aria-label={t('evaluation.yearForm')}>
              <SelectField
                label={t('evaluation.fiscalYear')}
                value={String(fiscalYear)}
                onChange={(e) => void navigate(`/plans/${id}/evaluations/${e.target.value}`)}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {formatFiscalYear(y, lang)}
                  </option>
                ))}
              </SelectField>
            </form>
            <EvaluationSheetView planId={id} fiscalYear={fiscalYear} canWrite={canWrite} />
          </Page>
        );
      }}
    </Loaded>
  );
}

export function PublicationRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <PublicationPage key={id} id={id} />;
}

function PublicationPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const me = useMe();
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={t('publication.title')}
          breadcrumbs={[{ label: t('nav.home'), to: '/' }, planCrumb(p, lang), { label: t('publication.title') }]}
        >
          <p className="lead">{t('publication.lead')}</p>
          <PublicationView plan={{ ...p, id }} canPublish={hasRole(me.data, OFFICE_ROLES)} />
        </Page>
      )}
    </Loaded>
  );
}

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

export function CommitteeRoute() {
  const t = useI18n().t;
  const me = useMe();
  const canEdit = hasRole(me.data, OFFICE_ROLES);
  return (
    <Page title={t('committee.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('committee.title') }]}>
      <p className="lead">{t('committee.lead')}</p>
      <CommitteeMembersPanel canEdit={canEdit} />
      <CommitteeMeetingsPanel canEdit={canEdit} />
    </Page>
  );
}

// Initiatives and progress ------------------------------------------------------------------------------------

export function InitiativeRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <InitiativePage key={id} id={id} />;
}

/** Shown once after a form saved and came back here. */
type Notice = { notice?: MessageKey } | null;

function InitiativePage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const initiative = useInitiative(id);
  const plan = usePlan(initiative.data?.planId);
  const me = useMe();
  const location = useLocation();
  const notice = (location.state as Notice)?.notice;
  return (
    <Loaded query={initiative}>
      {(i) => (
        <Page
          title={i.title ?? ''}
          breadcrumbs={[
            { label: t('nav.home'), to: '/' },
            ...(plan.data ? [planCrumb(plan.data, lang)] : []),
            { label: i.title ?? '' },
          ]}
        >
          {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
          <InitiativeDetails
            initiative={i}
            canWrite={canWriteProgress(me.data, i)}
            canReadEvaluations={hasRole(me.data, COMMITTEE_PAGE_ROLES)}
          />
        </Page>
      )}
    </Loaded>
  );
}

export function NewProgressRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <NewProgressPage key={id} id={id} />;
}

function NewProgressPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const initiative = useInitiative(id);
  const plan = usePlan(initiative.data?.planId);
  const reports = useProgressReports(id);
  const me = useMe();
  return (
    <Loaded query={initiative}>
      {(i) => {
        if (!canWriteProgress(me.data, i)) return <ForbiddenRoute lead={t('forbidden.leadProgress')} />;
        const title = t('progress.newTitle', { title: i.title ?? '' });
        return (
          <Page
            title={title}
            breadcrumbs={[
              { label: t('nav.home'), to: '/' },
              ...(plan.data ? [planCrumb(plan.data, lang)] : []),
              { label: i.title ?? '', to: `/initiatives/${id}` },
              { label: t('initiative.addProgress') },
            ]}
          >
            {plan.isLoading ? (
              <Loading />
            ) : (
              <ProgressReportForm
                initiative={i}
                plan={plan.data}
                existing={reports.data ?? []}
                onSaved={() => void navigate(`/initiatives/${id}`, { state: { notice: 'progress.saved' } })}
              />
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}

export function EditProgressRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <EditProgressPage key={id} id={id} />;
}

function EditProgressPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const report = useProgressReport(id);
  const initiativeId = report.data?.data.initiativeId;
  const me = useMe();
  return (
    <Loaded query={report}>
      {(r) =>
        initiativeId === undefined ? (
          <NotFoundRoute />
        ) : (
          <EditProgressBody
            initiativeId={initiativeId}
            onLoaded={(i, plan) => {
              if (!canWriteProgress(me.data, i)) return <ForbiddenRoute lead={t('forbidden.leadProgress')} />;
              const period = periodLabel(t, lang, r.data.fiscalYear, r.data.half);
              return (
                <Page
                  title={t('progress.editTitle', { title: i.title ?? '', period })}
                  breadcrumbs={[
                    { label: t('nav.home'), to: '/' },
                    ...(plan ? [planCrumb(plan, lang)] : []),
                    { label: i.title ?? '', to: `/initiatives/${initiativeId}` },
                    { label: t('progress.editCrumb', { period }) },
                  ]}
                >
                  <ProgressReportForm
                    key={r.etag}
                    initiative={i}
                    plan={plan}
                    report={r.data}
                    etag={r.etag}
                    onReload={() => void report.refetch()}
                    onSaved={() =>
                      void navigate(`/initiatives/${initiativeId}`, { state: { notice: 'progress.saved' } })
                    }
                  />
                </Page>
              );
            }}
          />
        )
      }
    </Loaded>
  );
}

/** The report's initiative and plan, then the page (which needs all three). */
function EditProgressBody({
  initiativeId,
  onLoaded,
}: {
  initiativeId: number;
  onLoaded: (
    initiative: NonNullable<ReturnType<typeof useInitiative>['data']>,
    plan: PlanDetail | undefined,
  ) => ReactNode;
}) {
  const initiative = useInitiative(initiativeId);
  const plan = usePlan(initiative.data?.planId);
  return (
    <Loaded query={initiative}>
      {(i) => (plan.isLoading ? <Loading /> : <>{onLoaded(i, plan.data)}</>)}
    </Loaded>
  );
}
