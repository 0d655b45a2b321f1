import { Link, Navigate } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { usePlans } from '@/features/plans/api/plans';
import { useI18n } from '@/lib/i18n';
import { planPeriod, planName } from './common';
import { Loaded, MenuPage } from '../shared';

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
          <MenuPage title={t('plan.listTitle')}>
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
          </MenuPage>
        );
      }}
    </Loaded>
  );
}
