import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { formatSort, parseSort, SortHeader, type SortState } from '@/components/ui/sort-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { DECISIONS, type ReviewDecision } from '@/lib/reference-data/review-decisions';
import { useSections } from '@/lib/reference-data/sections';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useDraft } from '@/lib/use-draft';
import { fiscalYearChoices, formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import {
  ASKS,
  KINDS,
  REQUEST_PAGE_SIZE,
  useRequests,
  type CityRequestAsk,
  type CityRequestKind,
  type CityRequestSummary,
  type RequestListParams,
} from '../api/requests';
import './request-list.css';

/** Filter name in the URL → the API's query parameter. The URL is the whole state of the list. */
export function readRequestParams(search: URLSearchParams): RequestListParams {
  const num = (k: string) => {
    const n = Number(search.get(k));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const params: RequestListParams = { page: num('page') ?? 1, size: REQUEST_PAGE_SIZE };
  const sectionId = num('section');
  if (sectionId) params.sectionId = sectionId;
  const fy = num('fy');
  if (fy) params.fiscalYear = fy;
  const districtId = num('district');
  if (districtId) params.districtId = districtId;
  const kind = search.get('kind');
  if (kind && (KINDS as string[]).includes(kind)) params.kind = kind as CityRequestKind;
  const decision = search.get('decision');
  if (decision && (DECISIONS as string[]).includes(decision)) params.decision = decision as ReviewDecision;
  const ask = search.get('ask');
  if (ask && (ASKS as string[]).includes(ask)) params.ask = ask as CityRequestAsk;
  const q = search.get('q')?.trim();
  if (q) params.q = q;
  const sort = search.get('sort');
  if (sort) params.sort = sort;
  return params;
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
  const [search, setSearch] = useSearchParams();
  const params = readRequestParams(search);
  const requests = useRequests(params);
  const sections = useSections();
  const districts = useAllDistricts();
  // Back/forward changes the URL under us; the box follows it.
  const [q, setQ] = useDraft(search.get('q') ?? '', search);
  const [columns, toggleColumn] = useColumns();
  const sort = parseSort(params.sort);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete('page');
    setSearch(next);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update({ q: q.trim() || undefined });
  };
  const onSort = (next: SortState) => update({ sort: formatSort(next) });

  const items = requests.data?.items ?? [];
  const total = requests.data?.total ?? 0;
  const colLabel = (c: Column) => t(`request.col.${c}` as MessageKey);
  const filtered = [...search.keys()].some((k) => k !== 'page');

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

  return (
    <>
      <form className="filters" role="search" aria-label={t('request.filters')} onSubmit={onSubmit}>
        <SelectField
          label={t('request.section')}
          value={params.sectionId ? String(params.sectionId) : ''}
          onChange={(e) => update({ section: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {sections.data?.items.map((s) => (
            <option key={s.id} value={s.id}>
              {s.departmentName ? `${s.departmentName} ${s.name}` : s.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('request.kind')}
          value={params.kind ?? ''}
          onChange={(e) => update({ kind: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`request.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('request.fiscalYear')}
          value={params.fiscalYear ? String(params.fiscalYear) : ''}
          onChange={(e) => update({ fy: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {fiscalYearChoices().map((y) => (
            <option key={y} value={y}>
              {formatFiscalYear(y, lang)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('request.decision')}
          value={params.decision ?? ''}
          onChange={(e) => update({ decision: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`review.decision.${d}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('request.district')}
          value={params.districtId ? String(params.districtId) : ''}
          onChange={(e) => update({ district: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {districts.data?.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('request.ask')}
          value={params.ask ?? ''}
          onChange={(e) => update({ ask: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {ASKS.map((a) => (
            <option key={a} value={a}>
              {t(`request.ask.${a}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('request.search')}
          type="search"
          name="q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="filters-actions">
          <Button type="submit">{t('district.searchSubmit')}</Button>
          {filtered ? (
            <Button variant="link" onClick={() => setSearch(new URLSearchParams())}>
              {t('district.clear')}
            </Button>
          ) : null}
        </div>
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

      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <div aria-busy={requests.isFetching} className="results">
          {items.length === 0 ? (
            <p className="empty" role="status">
              {t('list.empty')}
            </p>
          ) : (
            <TableScroll label={t('request.listTitle')}>
              <table className="table">
                <caption className="visually-hidden">
                  {t('request.listTitle')} ({t('list.total', { total })})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('request.col.title')}</th>
                    {columns.map((c) => {
                      const key = SORT_KEYS[c];
                      const cls = NUMERIC.includes(c) ? 'num' : undefined;
                      return key ? (
                        <SortHeader key={c} label={colLabel(c)} sortKey={key} sort={sort} onSort={onSort} className={cls} />
                      ) : (
                        <th key={c} scope="col" className={cls}>
                          {colLabel(c)}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link to={`/requests/${r.id}`}>{r.title}</Link>
                      </td>
                      {columns.map((c) => (
                        <td key={c} className={NUMERIC.includes(c) ? 'num' : undefined}>
                          {cell(r, c)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination
            page={requests.data.page}
            size={requests.data.size}
            total={total}
          />
          <p className="visually-hidden" role="status">
            {t('list.total', { total })}
          </p>
        </div>
      )}
    </>
  );
}
