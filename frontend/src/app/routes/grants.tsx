import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { RequireRole } from '@/features/auth/components/require-role';
import { HistoryList, unitsOf } from '@/features/audit/components/history-list';
import { GrantCaseExportButtons } from '@/features/exports/components/export-buttons';
import { useGrantCase, useGrantProgram, type GrantProgram } from '@/features/grants/api/grants';
import { GrantCaseDetails } from '@/features/grants/components/grant-case-details';
import { GrantCaseList } from '@/features/grants/components/grant-case-list';
import { GrantFiguresPanel } from '@/features/grants/components/grant-figures';
import { GrantProgramActions } from '@/features/grants/components/grant-program-actions';
import { pricedUnits, programRule, unitsText } from '@/features/grants/utils/format';
import { useMe, type Role } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n, type Lang, type MessageKey, type TFunction } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded, MenuPage } from './shared';
// The grant cases' words, and the catalogue's (its title in the breadcrumbs).
import '@/features/grants/i18n';
import '@/features/support/i18n';

/** Who works on grant cases: the office, the implementing sections, and liaisons (their districts' organizations). */
const GRANT_ROLES: readonly Role[] = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'];

const GRANTED_KINDS = new Set(['SUBSIDY', 'CONSIGNMENT']);

function GrantPages({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <RequireRole roles={GRANT_ROLES} fallback={<ForbiddenRoute lead={t('grant.forbidden')} />}>
      {children}
    </RequireRole>
  );
}

/** 補助金・委託: the cases the caller may see across programs and years. */
export function GrantCasesRoute() {
  const { t } = useI18n();
  return (
    <GrantPages>
      <MenuPage title={t('grant.nav')}>
        <p className="lead">{t('grant.listLead')}</p>
        <GrantCaseList />
      </MenuPage>
    </GrantPages>
  );
}

/** /support/programs/:id/cases — one program's cases, its figures and the whole-program steps. */
export const ProgramCasesRoute = idRoute(function ProgramCasesRouted({ id }) {
  return (
    <GrantPages>
      <ProgramCases id={id} />
    </GrantPages>
  );
});

function ProgramCases({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const program = useGrantProgram(id);
  return (
    <Loaded query={program}>
      {(p) => {
        const title = t('grant.casesOf', { name: p.name });
        return (
          <Page
            title={title}
            breadcrumbs={crumbs(
              t,
              { label: t('support.title'), to: `/support?fy=${p.fiscalYear}` },
              { label: p.name, to: `/support/programs/${p.id}` },
              { label: t('grant.casesTitle') },
            )}
          >
            <p className="lead">
              {formatFiscalYear(p.fiscalYear, lang)} ・ {t(`grant.kind.${p.kind}` as MessageKey)} ・{' '}
              {t('grant.sectionIs', { section: p.sectionName })}
            </p>
            {GRANTED_KINDS.has(p.kind) ? <ProgramCasesBody program={p} /> : <p>{t('grant.notGranted')}</p>}
          </Page>
        );
      }}
    </Loaded>
  );
}

function ProgramCasesBody({ program }: { program: GrantProgram }) {
  const { t } = useI18n();
  const me = useMe();
  return (
    <>
      {/* The figures and the whole-program steps: the office and the implementing section (canEdit says so). */}
      {program.canEdit ? (
        <>
          <Section id="grant-figures" title={t('grant.figures')}>
            <GrantFiguresPanel programId={program.id} />
          </Section>
          <Section id="grant-program-steps" title={t('grant.programSteps')}>
            <GrantProgramActions program={program} />
          </Section>
        </>
      ) : null}
      <Section id="grant-cases" title={t('grant.casesTitle')}>
        {/* The cases as a file (anyone who sees them); the office fills in applications and results and imports it. */}
        <GrantCaseExportButtons filter={{ programId: program.id }} />
        {hasRole(me.data, OFFICE_ROLES) ? (
          <p className="muted">
            {t('grant.transferHint')} <Link to="/import?dataset=grant-cases">{t('grant.importLink')}</Link>
          </p>
        ) : null}
        <GrantCaseList programId={program.id} />
      </Section>
    </>
  );
}

/** /grant-cases/:id — one case with the steps the caller may take now and its history. */
export const GrantCaseRoute = idRoute(function GrantCaseRouted({ id }) {
  return (
    <GrantPages>
      <GrantCasePage id={id} />
    </GrantPages>
  );
});

/** How a case's history writes its units: by the names the program's rule gives them (LED化 12, not LED 12). */
function caseHistoryFormat(program: GrantProgram, t: TFunction, lang: Lang) {
  const priced = pricedUnits(programRule(program));
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (entityType !== 'GrantCase' || (field !== 'units' && field !== 'reportedUnits')) return undefined;
    const units = unitsOf(value);
    return units ? unitsText(Object.fromEntries(units), priced, t, lang) : undefined;
  };
}

function GrantCasePage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const grantCase = useGrantCase(id);
  const programId = grantCase.data?.data.programId;
  return (
    <Loaded query={grantCase}>
      {({ data: c, etag }) => {
        const title = t('grant.caseTitle', { organization: c.organizationName, program: c.programName });
        return (
          <Page
            title={title}
            breadcrumbs={crumbs(
              t,
              { label: t('grant.nav'), to: '/grant-cases' },
              { label: c.programName, to: `/support/programs/${c.programId}/cases` },
              { label: c.organizationName },
            )}
          >
            {programId !== undefined ? (
              <CaseProgram programId={programId}>
                {(program) => (
                  <>
                    <GrantCaseDetails grantCase={c} etag={etag} program={program} />
                    <Section id="grant-case-history" title={t('history.title')} className="no-print">
                      <HistoryList subject={{ type: 'grantCase', id }} format={caseHistoryFormat(program, t, lang)} />
                    </Section>
                  </>
                )}
              </CaseProgram>
            ) : null}
          </Page>
        );
      }}
    </Loaded>
  );
}

/** The case's program (its rule names the units and the eligible cost the forms ask for). */
function CaseProgram({ programId, children }: { programId: number; children: (program: GrantProgram) => ReactNode }) {
  const program = useGrantProgram(programId);
  if (program.isPending) return <Loading />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;
  return <>{children(program.data)}</>;
}
