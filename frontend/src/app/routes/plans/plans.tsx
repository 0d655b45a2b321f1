import { Link, Navigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { DataTable } from '@/components/ui/data-table';
import { usePlans } from '@/features/plans/api/plans';
import { useI18n } from '@/lib/i18n';
import { Loaded, planPeriod, planName } from './common';

/** 計画: straight to the plan when the city has one, else the list. */
export function PlansRoute() {
  const { t, lang } = useI18n();
  const plans = usePlans();
  return (
    <Loaded query={plans}>
      {(page) => {
        const items = page.items;
        if (items.length === 1 && items[0]?.id !== undefined) return <Navigate to={`/plans/${items[0].id}`} replace />;
        return (
          <Page title={t('plan.listTitle')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('plan.listTitle') }]}>
            {items.length === 0 ? (
              <p>{t('plan.none')}</p>
            ) : (
              <DataTable
                label={t('plan.listTitle')}
                rows={items}
                rowKey={(p) => p.id}
                columns={[
                  {
                    key: 'name',
                    header: t('plan.name'),
                    rowHeader: true,
                    cell: (p) => <Link to={`/plans/${p.id}`}>{planName(p, lang)}</Link>,
                  },
                  { key: 'owner', header: t('plan.owner'), cell: (p) => p.owner },
                  { key: 'years', header: t('plan.years'), className: 'nowrap', cell: (p) => planPeriod(t, lang, p) },
                  { key: 'initiatives', header: t('plan.initiativeCount'), num: true, cell: (p) => p.initiatives },
                ]}
              />
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}
