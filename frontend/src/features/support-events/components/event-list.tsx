import { Link } from 'react-router';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { fiscalYearChoices, fiscalYearOf, formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { EVENT_KINDS, EVENT_PAGE_SIZE, useSupportEvents, type SupportEvent } from '../api/support-events';
import { eventKindLabel, timeRange } from '../utils/labels';
import './support-events.css';
import '../i18n';

/** The year a list shows (`?fy=`, this fiscal year by default). */
export function eventYearOf(search: URLSearchParams, today = new Date()): number {
  const fy = positiveParam(search, 'fy');
  return fy !== undefined && fy >= 1950 && fy <= 2100 ? fy : fiscalYearOf(isoDate(today));
}

/**
 * 研修・説明会の一覧 of one fiscal year: filtered by kind and text, sorted by a column; the state is the URL. A row gives
 * the day in 和暦, the name, the kind and place, how many registered and came, and from how many districts.
 */
export function EventList() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const s = list.search;
  const fiscalYear = eventYearOf(s);
  const query = {
    fiscalYear,
    page: positiveParam(s, 'page') ?? 1,
    size: EVENT_PAGE_SIZE,
    kind: choiceParam(s, 'kind', EVENT_KINDS),
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
  const events = useSupportEvents(query);
  const today = isoDate();
  const years = fiscalYearChoices();
  const choices = years.includes(fiscalYear) ? years : [fiscalYear, ...years].sort((a, b) => b - a);
  const filtered = s.has('kind') || s.has('q') || s.has('sort');
  const clear = () => list.setSearch(s.has('fy') ? new URLSearchParams({ fy: String(fiscalYear) }) : new URLSearchParams());
  const people = (n: number) => t('event.people', { n: formatNumber(n, lang) });
  return (
    <>
      <form className="filters event-filters" role="search" aria-label={t('event.filters')} onSubmit={list.onSubmit}>
        <SelectField label={t('event.fiscalYear')} value={String(fiscalYear)} onChange={(e) => list.update({ fy: e.target.value })}>
          <FiscalYearOptions years={choices} />
        </SelectField>
        <FilterSelect
          label={t('event.kindLabel')}
          allLabel={t('event.all')}
          value={s.get('kind')}
          choices={EVENT_KINDS.map((k) => ({ value: k, label: eventKindLabel(t, k) }))}
          onChange={(kind) => list.update({ kind })}
        />
        <TextField label={t('event.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={filtered ? clear : undefined} />
      </form>
      <PagedTable
        query={events}
        label={t('event.listCaption')}
        empty={
          <p className="empty" role="status">
            {t('event.empty')}
          </p>
        }
        announceTotal
        rowKey={(e: SupportEvent) => e.id}
        sort={parseSort(query.sort ?? 'heldOn')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'heldOn',
            header: t('event.heldOn'),
            sortKey: 'heldOn',
            className: 'nowrap',
            cell: (e) => (
              <>
                {formatWarekiDate(e.heldOn, lang)}
                {e.startsAt ? <span className="event-time">{timeRange(e.startsAt, e.endsAt)}</span> : null}
              </>
            ),
          },
          {
            key: 'title',
            header: t('event.title'),
            rowHeader: true,
            sortKey: 'title',
            className: 'wrap',
            cell: (e) => <Link to={`/support-events/${e.id}`}>{e.title}</Link>,
          },
          { key: 'kind', header: t('event.kindLabel'), sortKey: 'kind', cell: (e) => eventKindLabel(t, e.kind) },
          { key: 'place', header: t('event.place'), className: 'wrap', cell: (e) => e.place ?? '—' },
          {
            key: 'attendance',
            header: t('event.registeredAttended'),
            num: true,
            sortKey: 'attendedTotal',
            className: 'nowrap',
            cell: (e) => (
              <>
                {people(e.registeredTotal)} / {e.heldOn > today ? <>
                    —<span className="visually-hidden">{t('event.notYet')}</span>
                  </> : people(e.attendedTotal)}
              </>
            ),
          },
          {
            key: 'districts',
            header: t('event.districtsAttended'),
            num: true,
            sortKey: 'districtsAttended',
            cell: (e) => (e.heldOn > today ? '—' : t('event.districtsCount', { n: formatNumber(e.districtsAttended, lang) })),
          },
        ]}
      />
    </>
  );
}
