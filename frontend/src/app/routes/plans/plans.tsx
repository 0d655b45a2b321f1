import { Link, Navigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { TableScroll } from '@/components/ui/table-scroll';
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
                        <td className="num">{p.initiatives}</td>
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
