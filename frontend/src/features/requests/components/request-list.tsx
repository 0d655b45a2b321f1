import { useState } from 'react';
import { Link } from 'react-router';
import type { Column as TableColumn } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort, type SortState } from '@/components/ui/sort-header';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { DECISIONS } from '@/lib/reference-data/review-decisions';
import { sectionChoices, useSections } from '@/lib/reference-data/sections';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { choiceParam, positiveParam, textAndOrder, useListSearch } from '@/lib/use-list-search';
import { fiscalYearChoices, formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import {
  ASKS,
  KINDS,
  REQUEST_PAGE_SIZE,
  useRequests,
  type CityRequestSummary,
  type RequestListParams,
} from '../api/requests';
import './request-list.css';

/** Filter name in the URL → the API's query parameter. The URL is the whole state of the list. */
export function readRequestParams(search: URLSearchParams): RequestListParams {
  const filters = {
    sectionId: positiveParam(search, 'section'),
    fiscalYear: positiveParam(search, 'fy'),
    districtId: positiveParam(search, 'district'),
    kind: choiceParam(search, 'kind', KINDS),
    decision: choiceParam(search, 'decision', DECISIONS),
    ask: choiceParam(search, 'ask', ASKS),
  };
  const set = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  return { page: positiveParam(search, 'page') ?? 1, size: REQUEST_PAGE_SIZE, ...set, ...textAndOrder(search) };
}

export const COLUMNS = [
  'code',
  'section',
  'fiscalYear',
  'kind',
  'asks',
  'status',
  'receivers',
  'hoursPerOrganization',
  'annualHours',
  'warnings',
  'decision',
] as const;
export type Column = (typeof COLUMNS)[number];
const DEFAULT_COLUMNS: Column[] = ['code', 'section', 'fiscalYear', 'kind', 'hoursPerOrganization', 'annualHours', 'decision'];
export const COLUMNS_STORAGE_KEY = 'kyodo.requests.columns';

function loadColumns(): Column[] {
  try {
    const raw = window.localStorage.getItem(COLUMNS_STORAGE_KEY);
    if (raw) {
      const parsed = JSON.parse(raw) as unknown;
      if (Array.isArray(parsed)) return COLUMNS.filter((c) => parsed.includes(c));
    }
  } catch {
    // unreadable storage: the default columns
  }
  return DEFAULT_COLUMNS;
}

function useColumns(): [Column[], (c: Column, on: boolean) => void] {
  const [columns, setColumns] = useState<Column[]>(loadColumns);
  const toggle = (c: Column, on: boolean) =>
    setColumns((prev) => {
      const next = COLUMNS.filter((x) => (x === c ? on : prev.includes(x)));
      try {
        window.localStorage.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(next));
      } catch {
        // ignore: the choice lasts for this page only
      }
      return next;
    });
  return [columns, toggle];
}

const SORT_KEYS: Partial<Record<Column, string>> = {
  code: 'code',
  section: 'section',
  fiscalYear: 'fiscalYear',
  kind: 'kind',
  status: 'status',
  hoursPerOrganization: 'hoursPerOrganization',
};
const NUMERIC: Column[] = ['receivers', 'hoursPerOrganization', 'annualHours'];

export function RequestList() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const params = readRequestParams(list.search);
  const requests = useRequests(params);
  const sections = useSections();
  const districts = useAllDistricts();
  const [columns, toggleColumn] = useColumns();
  const sort = parseSort(params.sort);
  const onSort = (next: SortState) => list.update({ sort: formatSort(next) });

  const total = requests.data?.total ?? 0;
  const colLabel = (c: Column) => t(`request.col.${c}` as MessageKey);
  const filtered = [...list.search.keys()].some((k) => k !== 'page');

  const cell = (r: CityRequestSummary, c: Column) => {
    switch (c) {
      case 'code':
        return <span className="nowrap">{r.code}</span>;
      case 'section':
        return r.sectionName;
      case 'fiscalYear':
        return <span className="nowrap">{formatFiscalYear(r.fiscalYear, lang)}</span>;
      case 'kind':
        return t(`request.kind.${r.kind}`);
      case 'asks':
        return r.asks.map((a) => t(`request.ask.${a}`)).join('、');
      case 'status':
        return t(`request.status.${r.status}`);
      case 'receivers':
        return formatNumber(r.receivingOrganizations, lang);
      case 'hoursPerOrganization':
        return formatNumber(r.hoursPerOrganizationPerYear, lang);
      case 'annualHours':
        return formatNumber(r.annualHours, lang);
      case 'warnings':
        return (r.warnings ?? []).map((w) => t(`request.warning.${w}` as MessageKey)).join('、');
      case 'decision':
        return r.review?.decision ? t(`review.decision.${r.review.decision}` as MessageKey) : t('review.undecided');
    }
  };

  const tableColumns: TableColumn<CityRequestSummary>[] = [
    { key: 'title', header: t('request.col.title'), cell: (r) => <Link to={`/requests/${r.id}`}>{r.title}</Link> },
    ...columns.map((c) => ({
      key: c,
      header: colLabel(c),
      sortKey: SORT_KEYS[c],
      num: NUMERIC.includes(c),
      cell: (r: CityRequestSummary) => cell(r, c),
    })),
  ];

  return (
    <>
      <form className="filters" role="search" aria-label={t('request.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('request.section')}
          allLabel={t('request.all')}
          value={params.sectionId}
          choices={sectionChoices(sections.data?.items)}
          onChange={(section) => list.update({ section })}
        />
        <FilterSelect
          label={t('request.kind')}
          allLabel={t('request.all')}
          value={params.kind}
          choices={KINDS.map((k) => ({ value: k, label: t(`request.kind.${k}`) }))}
          onChange={(kind) => list.update({ kind })}
        />
        <FilterSelect
          label={t('request.fiscalYear')}
          allLabel={t('request.all')}
          value={params.fiscalYear}
          choices={fiscalYearChoices().map((y) => ({ value: y, label: formatFiscalYear(y, lang) }))}
          onChange={(fy) => list.update({ fy })}
        />
        <FilterSelect
          label={t('request.decision')}
          allLabel={t('request.all')}
          value={params.decision}
          choices={DECISIONS.map((d) => ({ value: d, label: t(`review.decision.${d}` as MessageKey) }))}
          onChange={(decision) => list.update({ decision })}
        />
        <FilterSelect
          label={t('request.district')}
          allLabel={t('request.all')}
          value={params.districtId}
          choices={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          onChange={(district) => list.update({ district })}
        />
        <FilterSelect
          label={t('request.ask')}
          allLabel={t('request.all')}
          value={params.ask}
          choices={ASKS.map((a) => ({ value: a, label: t(`request.ask.${a}`) }))}
          onChange={(ask) => list.update({ ask })}
        />
        <TextField
          label={t('request.search')}
          type="search"
          name="q"
          value={list.q}
          onChange={(e) => list.setQ(e.target.value)}
        />
        <FilterActions onClear={filtered ? list.clear : undefined} />
      </form>

      <details className="column-chooser">
        <summary>{t('request.columns')}</summary>
        <fieldset className="fieldset">
          <legend>{t('request.columnsLegend')}</legend>
          {COLUMNS.map((c) => (
            <label key={c} className="checkbox-inline">
              <input type="checkbox" checked={columns.includes(c)} onChange={(e) => toggleColumn(c, e.target.checked)} />{' '}
              {colLabel(c)}
            </label>
          ))}
        </fieldset>
      </details>

      <PagedTable
        query={requests}
        label={t('request.listTitle')}
        caption={`${t('request.listTitle')} (${t('list.total', { total })})`}
        columns={tableColumns}
        rowKey={(r) => r.id}
        sort={sort}
        onSort={onSort}
        announceTotal
      />
    </>
  );
}
