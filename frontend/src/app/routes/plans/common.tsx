import type { ReactNode } from 'react';
import type { Crumb } from '@/components/layout/breadcrumbs';
import { Page } from '@/components/layout/page';
import { usePlan } from '@/features/plans/api/plans';
import type { PlanDetail } from '@/features/plans/api/types';
import { useI18n, type Lang, type TFunction } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { crumbs, Loaded } from '../shared';

export function planPeriod(t: TFunction, lang: Lang, plan: PlanDetail): string {
  return t('plan.periodRange', {
    from: formatFiscalYear(plan.fromFiscalYear, lang),
    to: formatFiscalYear(plan.toFiscalYear, lang),
  });
}

export const planName = (plan: PlanDetail, lang: Lang) => (lang === 'en' ? (plan.nameEn ?? plan.name) : plan.name);

/** ホーム › the plan (when it is known) › …: the breadcrumbs of the pages under a plan. */
export function planCrumbs(t: TFunction, lang: Lang, plan: PlanDetail | undefined, ...rest: Crumb[]): Crumb[] {
  return crumbs(t, ...(plan ? [{ label: planName(plan, lang), to: `/plans/${plan.id}` }] : []), ...rest);
}

/**
 * A page of one plan (dashboard, publication, evaluation sheet, preview): the plan loaded, then the page under
 * ホーム › plan › `trail` › title.
 */
export function PlanSubPage({
  planId,
  title,
  trail = [],
  children,
}: {
  planId: number;
  title: string;
  trail?: Crumb[];
  children: (plan: PlanDetail) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const plan = usePlan(planId);
  return (
    <Loaded query={plan}>
      {(p) => (
        <Page title={title} breadcrumbs={planCrumbs(t, lang, p, ...trail, { label: title })}>
          {children(p)}
        </Page>
      )}
    </Loaded>
  );
}
