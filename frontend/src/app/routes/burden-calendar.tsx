import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { SelectField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { QueryState } from '@/components/ui/query-state';
import { api, unwrap } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { fiscalYearChoices, fiscalYearOf } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { crumbs, idRoute } from './shared';

export const BurdenCalendarRoute = idRoute(BurdenCalendarPage);

/** 負担カレンダー: what lands on a district's organizations month by month, April → March. */
function BurdenCalendarPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const fy = Number(search.get('fy')) || fiscalYearOf(new Date());
  const calendar = useQuery({
    queryKey: ['districts', id, 'burden-calendar', fy],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/districts/{id}/burden-calendar', { params: { path: { id }, query: { fiscalYear: fy } } }),
      ),
  });
  const name = calendar.data?.name ?? '';
  const title = t('burden.title', { name });
  return (
    <Page
      title={title}
      breadcrumbs={crumbs(
        t,
        { label: t('district.listTitle'), to: '/districts' },
        { label: name || String(id), to: `/districts/${id}` },
        { label: t('burden.short') },
      )}
    >
      <div className="filters filters-single">
        <SelectField
          label={t('request.fiscalYear')}
          value={String(fy)}
          onChange={(e) => setSearch(new URLSearchParams({ fy: e.target.value }))}
        >
          <FiscalYearOptions years={fiscalYearChoices()} />
        </SelectField>
      </div>
      <QueryState query={calendar}>
        {(data) => (
          <>
            <p>{t('burden.total', { hours: formatNumber(data.totalHours, lang) })}</p>
            {data.months.map((m) => (
              <section key={`${m.year}-${m.month}`} aria-labelledby={`bm-${m.month}`}>
                <h2 id={`bm-${m.month}`}>
                  {t('request.month', { month: m.month })} — {t('burden.hours', { hours: formatNumber(m.hours, lang) })}
                </h2>
                {m.requests.length === 0 ? (
                  <p>{t('burden.none')}</p>
                ) : (
                  <ul>
                    {m.requests.map((r) => (
                      <li key={r.requestId}>
                        <Link to={`/requests/${r.requestId}`}>{r.title}</Link> ({r.sectionName}
                        {`, ${t(`request.kind.${r.kind}`)}`}) —{' '}
                        {t('burden.hours', { hours: formatNumber(r.hours, lang) })}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
      </QueryState>
    </Page>
  );
}
