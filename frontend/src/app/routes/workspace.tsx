import { useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { SelectField } from '@/components/ui/field';
import { QueryState } from '@/components/ui/query-state';
import { CalendarMonthView } from '@/features/workspace/components/calendar-view';
import { CoverageView } from '@/features/workspace/components/coverage-view';
import { FeedSettings } from '@/features/workspace/components/feed-settings';
import { HomeView } from '@/features/workspace/components/home-view';
import { OfficeWorklistView } from '@/features/workspace/components/office-worklist';
import {
  useBurdenCalendar,
  useCoverage,
  useLiaisonDistricts,
  useMyDistricts,
  useOfficeWorklist,
} from '@/features/workspace/api/workspace';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n, useT } from '@/lib/i18n';
import { useWards } from '@/lib/reference-data/wards';
import { isoDate } from '@/utils/fiscal-year';
import { crumbs, idRoute, Loaded, MenuPage } from './shared';

/** わたしの校区: a liaison's landing page. */
export function MyDistrictsRoute() {
  const t = useT();
  const home = useMyDistricts();
  return (
    <MenuPage title={t('ws.title')}>
      <QueryState query={home}>{(data) => <HomeView home={data} />}</QueryState>
    </MenuPage>
  );
}

/** The office's view of one liaison's home. */
export const LiaisonRoute = idRoute(function LiaisonPage({ id }: { id: number }) {
  const t = useT();
  const home = useLiaisonDistricts(id);
  const name = home.data?.liaison.displayName ?? '';
  return (
    <Loaded query={home}>
      {(data) => (
        <Page
          title={t('ws.liaisonTitle', { name })}
          breadcrumbs={crumbs(t, { label: t('cov.title'), to: '/liaisons' }, { label: name })}
        >
          <HomeView home={data} />
        </Page>
      )}
    </Loaded>
  );
});

const STALE_CHOICES = [30, 60, 90, 180];

/**
 * 担当状況, the office's home: 事務局のやること (what belongs to no single district), then the coverage of the districts
 * by liaisons, with a picker to open any liaison's home.
 */
export function CoverageRoute() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const stale = Number(search.get('days')) || 60;
  const coverage = useCoverage(stale);
  const office = useOfficeWorklist();
  return (
    <MenuPage title={t('cov.title')}>
      <section aria-labelledby="ws-office" className="ws-section">
        <h2 id="ws-office">{t('ws.office.title')}</h2>
        <QueryState query={office}>{(data) => <OfficeWorklistView worklist={data} />}</QueryState>
      </section>
      <div className="filters filters-single">
        <SelectField
          label={t('cov.staleDays')}
          value={String(stale)}
          onChange={(e) => setSearch(new URLSearchParams({ days: e.target.value }))}
        >
          {STALE_CHOICES.map((d) => (
            <option key={d} value={d}>
              {t('cov.days', { days: d })}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryState query={coverage}>{(data) => <CoverageView coverage={data} />}</QueryState>
    </MenuPage>
  );
}

function shift(year: number, month: number, by: number): { year: number; month: number } {
  const m = year * 12 + (month - 1) + by;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

/** 負担カレンダー across districts: month by month; the office may choose a ward. */
export function CalendarRoute() {
  const { t } = useI18n();
  const me = useMe();
  const office = hasRole(me.data, OFFICE_ROLES);
  const wards = useWards();
  const [search, setSearch] = useSearchParams();
  const today = isoDate();
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const year = Number(search.get('year')) || thisYear;
  const month = Math.min(12, Math.max(1, Number(search.get('month')) || thisMonth));
  const wardId = Number(search.get('ward')) || undefined;
  const calendar = useBurdenCalendar(year, month, office ? wardId : undefined);
  const go = (to: { year: number; month: number }, ward = wardId) => {
    const p = new URLSearchParams({ year: String(to.year), month: String(to.month) });
    if (ward) p.set('ward', String(ward));
    setSearch(p);
  };
  const current = year === thisYear && month === thisMonth;
  const prev = shift(year, month, -1);
  const next = shift(year, month, 1);
  return (
    <MenuPage title={t('cal.title')}>
      {office ? (
        <div className="filters filters-single">
          <SelectField
            label={t('cal.ward')}
            value={wardId ? String(wardId) : ''}
            onChange={(e) => go({ year, month }, Number(e.target.value) || undefined)}
          >
            <option value="">{t('cal.wholeCity')}</option>
            {(wards.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <nav className="ws-month-nav" aria-label={t('cal.months')}>
        <button type="button" className="btn btn-secondary" onClick={() => go(prev)}>
          {t('cal.prev')}
        </button>
        <h2 aria-current={current ? 'date' : undefined} className={current ? 'is-current-month' : undefined}>
          {t('cal.month', { year, month })}
          {current ? <span className="badge"> {t('cal.thisMonth')}</span> : null}
        </h2>
        <button type="button" className="btn btn-secondary" onClick={() => go(next)}>
          {t('cal.next')}
        </button>
        {current ? null : (
          <button type="button" className="btn btn-link" onClick={() => go({ year: thisYear, month: thisMonth })}>
            {t('cal.backToThisMonth')}
          </button>
        )}
      </nav>
      <QueryState query={calendar}>{(data) => <CalendarMonthView data={data} />}</QueryState>
      <FeedSettings wardId={office ? wardId : undefined} />
    </MenuPage>
  );
}

/** お知らせ: the signed-in user's notifications. */
export function NotificationsRoute() {
  const t = useT();
  return (
    <MenuPage title={t('notice.title')}>
      <NotificationList />
    </MenuPage>
  );
}
