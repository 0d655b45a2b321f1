import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { usePlan } from '@/features/plans/api/plans';
import { PlanTreeView } from '@/features/plans/components/plan-tree';
import { COMMITTEE_PAGE_ROLES, sheetYear } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { planName, planPeriod } from './common';
import './plan.css';
import { crumbs, idRoute, Loaded } from '../shared';

export const PlanRoute = idRoute(PlanPage);

function PlanPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const plan = usePlan(id);
  const me = useMe();
  const committeePages = hasRole(me.data, COMMITTEE_PAGE_ROLES);
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page
          title={planName(p, lang)}
          breadcrumbs={crumbs(t, { label: planName(p, lang) })}
          actions={
            <nav aria-label={t('plan.pages')} className="page-links">
              <Link className="btn btn-secondary" to={`/plans/${id}/dashboard`}>
                {t('plan.dashboardLink')}
              </Link>
              {committeePages ? (
                <>
                  <Link className="btn btn-secondary" to={`/plans/${id}/evaluations/${sheetYear(p)}`}>
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
            {`・${t('plan.initiativesOf', { count: p.initiatives })}`}
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
