import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { sectionChoices, useSections } from '@/lib/reference-data/sections';
import { api, unwrap, allItems } from '@/lib/api-client';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import type { components } from '@/types/api';
import { fiscalYearChoices, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';

const PAGE_SIZE = 20;
type UpwardReportType = components['schemas']['UpwardReportType'];
const REPORT_TYPES: readonly UpwardReportType[] = ['NEWSLETTER', 'ACTIVITY_REPORT', 'SURVEY_ANSWER', 'ASSEMBLY_DOCUMENTS', 'OTHER'];

type ListSearch = ReturnType<typeof useListSearch>;

/** The query both logs share: the page, fiscal year, section and text of the URL. */
function commonQuery(search: URLSearchParams) {
  return {
    page: positiveParam(search, 'page') ?? 1,
    size: PAGE_SIZE,
    fiscalYear: positiveParam(search, 'fy'),
    sectionId: positiveParam(search, 'section'),
    q: search.get('q') || undefined,
  };
}

function CommonFilters({ list }: { list: ListSearch }) {
  const { t, lang } = useI18n();
  const sections = useSections();
  return (
    <>
      <FilterSelect
        label={t('request.fiscalYear')}
        allLabel={t('request.all')}
        value={list.search.get('fy')}
        choices={fiscalYearChoices().map((y) => ({ value: y, label: formatFiscalYear(y, lang) }))}
        onChange={(fy) => list.update({ fy })}
      />
      <FilterSelect
        label={t('request.section')}
        allLabel={t('request.all')}
        value={list.search.get('section')}
        choices={sectionChoices(sections.data?.items)}
        onChange={(section) => list.update({ section })}
      />
      <TextField label={t('meetings.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
      <FilterActions onClear={[...list.search.keys()].length > 0 ? list.clear : undefined} />
    </>
  );
}

/** 会議録: every agenda item of the council meetings as one flat log. */
export function MeetingLog() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const bodies = useQuery({ queryKey: ['council-bodies'], queryFn: () => allItems((query) => api.GET('/api/v1/council-bodies', { params: { query } })) });
  const query = { ...commonQuery(list.search), bodyId: positiveParam(list.search, 'body') };
  const log = useQuery({
    queryKey: ['agenda-items', query],
    queryFn: () => unwrap(api.GET('/api/v1/agenda-items', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <form className="filters" role="search" aria-label={t('meetings.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('meetings.body')}
          allLabel={t('request.all')}
          value={list.search.get('body')}
          choices={(bodies.data ?? []).map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameJa }))}
          onChange={(body) => list.update({ body })}
        />
        <CommonFilters list={list} />
      </form>
      <PagedTable
        query={log}
        label={t('meetings.title')}
        rowKey={(a) => a.id}
        columns={[
          {
            key: 'date',
            header: t('meetings.date'),
            className: 'nowrap',
            cell: (a) => (a.heldOn ? formatWarekiDate(a.heldOn, lang) : ''),
          },
          {
            key: 'meeting',
            header: t('meetings.meeting'),
            cell: (a) => <Link to={`/meetings/${a.meetingId}`}>{a.meetingDisplayName}</Link>,
          },
          {
            key: 'item',
            header: t('meetings.item'),
            cell: (a) => (
              <>
                {a.title}
                {a.requestIds.map((rid) => (
                  <span key={rid}>
                    {' '}
                    <Link to={`/requests/${rid}`}>{t('meetings.request', { id: rid })}</Link>
                  </span>
                ))}
              </>
            ),
          },
          { key: 'section', header: t('request.section'), cell: (a) => a.sectionName },
        ]}
      />
    </>
  );
}

/** 校区からの報告: what districts sent up (newsletters, activity reports, survey answers…). */
export function UpwardReportLog() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const districts = useAllDistricts();
  const query = {
    ...commonQuery(list.search),
    districtId: positiveParam(list.search, 'district'),
    type: choiceParam(list.search, 'type', REPORT_TYPES),
  };
  const log = useQuery({
    queryKey: ['upward-reports', query],
    queryFn: () => unwrap(api.GET('/api/v1/upward-reports', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('request.district')}
          allLabel={t('request.all')}
          value={list.search.get('district')}
          choices={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          onChange={(district) => list.update({ district })}
        />
        <FilterSelect
          label={t('reports.type')}
          allLabel={t('request.all')}
          value={list.search.get('type')}
          choices={REPORT_TYPES.map((x) => ({ value: x, label: t(`reports.type.${x}` as MessageKey) }))}
          onChange={(type) => list.update({ type })}
        />
        <CommonFilters list={list} />
      </form>
      <PagedTable
        query={log}
        label={t('reports.title')}
        rowKey={(r) => r.id}
        columns={[
          {
            key: 'receivedOn',
            header: t('reports.receivedOn'),
            className: 'nowrap',
            cell: (r) => (r.receivedOn ? formatWarekiDate(r.receivedOn, lang) : ''),
          },
          {
            key: 'district',
            header: t('request.district'),
            cell: (r) => (
              <>
                {r.districtId ? <Link to={`/districts/${r.districtId}`}>{r.districtName}</Link> : r.districtName}
                {r.organizationName ? ` ${r.organizationName}` : ''}
              </>
            ),
          },
          { key: 'type', header: t('reports.type'), cell: (r) => t(`reports.type.${r.type}` as MessageKey) },
          { key: 'title', header: t('request.col.title'), cell: (r) => <Link to={`/upward-reports/${r.id}`}>{r.title}</Link> },
          { key: 'section', header: t('request.section'), cell: (r) => r.sectionName },
        ]}
      />
    </>
  );
}
