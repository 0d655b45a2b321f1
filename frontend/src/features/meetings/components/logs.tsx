import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useSections } from '@/lib/reference-data/sections';
import { api, unwrap } from '@/lib/api-client';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useDraft } from '@/lib/use-draft';
import type { components } from '@/types/api';
import { fiscalYearChoices, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';

const PAGE_SIZE = 20;
type UpwardReportType = components['schemas']['UpwardReportType'];
const REPORT_TYPES: readonly UpwardReportType[] = ['NEWSLETTER', 'ACTIVITY_REPORT', 'SURVEY_ANSWER', 'ASSEMBLY_DOCUMENTS', 'OTHER'];

function num(search: URLSearchParams, k: string): number | undefined {
  const n = Number(search.get(k));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Shared list state: filters in the URL, the text box submitted with the form. */
function useListState() {
  const [search, setSearch] = useSearchParams();
  const [q, setQ] = useDraft(search.get('q') ?? '', search);
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
  const clear = () => setSearch(new URLSearchParams());
  return { search, q, setQ, update, onSubmit, clear, page: num(search, 'page') ?? 1 };
}

function CommonFilters({ s }: { s: ReturnType<typeof useListState> }) {
  const { t, lang } = useI18n();
  const sections = useSections();
  return (
    <>
      <SelectField
        label={t('request.fiscalYear')}
        value={s.search.get('fy') ?? ''}
        onChange={(e) => s.update({ fy: e.target.value || undefined })}
      >
        <option value="">{t('request.all')}</option>
        {fiscalYearChoices().map((y) => (
          <option key={y} value={y}>
            {formatFiscalYear(y, lang)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('request.section')}
        value={s.search.get('section') ?? ''}
        onChange={(e) => s.update({ section: e.target.value || undefined })}
      >
        <option value="">{t('request.all')}</option>
        {sections.data?.items.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('meetings.search')} type="search" value={s.q} onChange={(e) => s.setQ(e.target.value)} />
      <div className="filters-actions">
        <Button type="submit">{t('district.searchSubmit')}</Button>
        {[...s.search.keys()].length > 0 ? (
          <Button variant="link" onClick={s.clear}>
            {t('district.clear')}
          </Button>
        ) : null}
      </div>
    </>
  );
}

/** 会議録: every agenda item of the council meetings as one flat log. */
export function MeetingLog() {
  const { t, lang } = useI18n();
  const s = useListState();
  const bodies = useQuery({ queryKey: ['council-bodies'], queryFn: () => unwrap(api.GET('/api/v1/council-bodies')) });
  const query = {
    page: s.page,
    size: PAGE_SIZE,
    bodyId: num(s.search, 'body'),
    fiscalYear: num(s.search, 'fy'),
    sectionId: num(s.search, 'section'),
    q: s.search.get('q') || undefined,
  };
  const log = useQuery({
    queryKey: ['agenda-items', query],
    queryFn: () => unwrap(api.GET('/api/v1/agenda-items', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <form className="filters" role="search" aria-label={t('meetings.filters')} onSubmit={s.onSubmit}>
        <SelectField
          label={t('meetings.body')}
          value={s.search.get('body') ?? ''}
          onChange={(e) => s.update({ body: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {bodies.data?.map((b) => (
            <option key={b.id} value={b.id}>
              {lang === 'en' ? b.nameEn : b.nameJa}
            </option>
          ))}
        </SelectField>
        <CommonFilters s={s} />
      </form>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <div className="results" aria-busy={log.isFetching}>
          {log.data.items.length === 0 ? (
            <p className="empty" role="status">
              {t('list.empty')}
            </p>
          ) : (
            <TableScroll label={t('meetings.title')}>
              <table className="table">
                <caption className="visually-hidden">{t('meetings.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meetings.date')}</th>
                    <th scope="col">{t('meetings.meeting')}</th>
                    <th scope="col">{t('meetings.item')}</th>
                    <th scope="col">{t('request.section')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.items.map((a) => (
                    <tr key={a.id}>
                      <td className="nowrap">{a.heldOn ? formatWarekiDate(a.heldOn, lang) : ''}</td>
                      <td>{a.meetingDisplayName}</td>
                      <td>
                        {a.title}
                        {a.requestIds.map((rid) => (
                          <span key={rid}>
                            {' '}
                            <Link to={`/requests/${rid}`}>{t('meetings.request', { id: rid })}</Link>
                          </span>
                        ))}
                      </td>
                      <td>{a.sectionName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination page={log.data.page} size={log.data.size} total={log.data.total} />
        </div>
      )}
    </>
  );
}

/** 校区からの報告: what districts sent up (newsletters, activity reports, survey answers…). */
export function UpwardReportLog() {
  const { t, lang } = useI18n();
  const s = useListState();
  const districts = useAllDistricts();
  const typeParam = s.search.get('type');
  const query = {
    page: s.page,
    size: PAGE_SIZE,
    districtId: num(s.search, 'district'),
    type: typeParam && (REPORT_TYPES as string[]).includes(typeParam) ? (typeParam as UpwardReportType) : undefined,
    fiscalYear: num(s.search, 'fy'),
    sectionId: num(s.search, 'section'),
    q: s.search.get('q') || undefined,
  };
  const log = useQuery({
    queryKey: ['upward-reports', query],
    queryFn: () => unwrap(api.GET('/api/v1/upward-reports', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={s.onSubmit}>
        <SelectField
          label={t('request.district')}
          value={s.search.get('district') ?? ''}
          onChange={(e) => s.update({ district: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {districts.data?.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('reports.type')}
          value={s.search.get('type') ?? ''}
          onChange={(e) => s.update({ type: e.target.value || undefined })}
        >
          <option value="">{t('request.all')}</option>
          {REPORT_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`reports.type.${x}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <CommonFilters s={s} />
      </form>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <div className="results" aria-busy={log.isFetching}>
          {log.data.items.length === 0 ? (
            <p className="empty" role="status">
              {t('list.empty')}
            </p>
          ) : (
            <TableScroll label={t('reports.title')}>
              <table className="table">
                <caption className="visually-hidden">{t('reports.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.receivedOn')}</th>
                    <th scope="col">{t('request.district')}</th>
                    <th scope="col">{t('reports.type')}</th>
                    <th scope="col">{t('request.col.title')}</th>
                    <th scope="col">{t('request.section')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.items.map((r) => (
                    <tr key={r.id}>
                      <td className="nowrap">{r.receivedOn ? formatWarekiDate(r.receivedOn, lang) : ''}</td>
                      <td>
                        {r.districtId ? <Link to={`/districts/${r.districtId}`}>{r.districtName}</Link> : r.districtName}
                        {r.organizationName ? ` ${r.organizationName}` : ''}
                      </td>
                      <td>{t(`reports.type.${r.type}` as MessageKey)}</td>
                      <td>{r.title}</td>
                      <td>{r.sectionName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination page={log.data.page} size={log.data.size} total={log.data.total} />
        </div>
      )}
    </>
  );
}
