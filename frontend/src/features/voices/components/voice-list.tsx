import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useMe } from '@/lib/auth';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useSections } from '@/lib/reference-data/sections';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { fiscalYearChoices, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useVoices, VOICE_KINDS, VOICE_PAGE_SIZE, VOICE_STATUSES, type Voice } from '../api/voices';
import { StatusBadge } from './status-badge';
import './voices.css';

/** 地域の声: the voices the caller may see (their districts, their section, or all for the office), filtered by the URL. */
export function VoiceList() {
  const { t, lang } = useI18n();
  const me = useMe();
  const list = useListSearch();
  const districts = useAllDistricts();
  const sections = useSections();
  const s = list.search;
  const query = {
    page: positiveParam(s, 'page') ?? 1,
    size: VOICE_PAGE_SIZE,
    status: choiceParam(s, 'status', VOICE_STATUSES),
    kind: choiceParam(s, 'kind', VOICE_KINDS),
    districtId: positiveParam(s, 'district'),
    sectionId: positiveParam(s, 'section'),
    fiscalYear: positiveParam(s, 'fy'),
    overdue: s.get('overdue') === 'true' ? true : undefined,
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
  const voices = useVoices(query);
  // A liaison chooses among their own districts; others among all.
  const mine = me.data?.role === 'LIAISON' ? new Set(me.data.districtIds) : undefined;
  const districtChoices = (districts.data ?? [])
    .filter((d) => !mine || mine.has(d.id))
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <form className="filters" role="search" aria-label={t('voices.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('voices.status')}
          allLabel={t('request.all')}
          value={s.get('status')}
          choices={VOICE_STATUSES.map((x) => ({ value: x, label: t(`voices.status.${x}` as MessageKey) }))}
          onChange={(status) => list.update({ status })}
        />
        <FilterSelect
          label={t('voices.kind')}
          allLabel={t('request.all')}
          value={s.get('kind')}
          choices={VOICE_KINDS.map((x) => ({ value: x, label: t(`voices.kind.${x}` as MessageKey) }))}
          onChange={(kind) => list.update({ kind })}
        />
        <FilterSelect
          label={t('voices.district')}
          allLabel={t('request.all')}
          value={s.get('district')}
          choices={districtChoices}
          onChange={(district) => list.update({ district })}
        />
        {me.data?.role === 'DEPARTMENT' ? null : (
          <FilterSelect
            label={t('voices.section')}
            allLabel={t('request.all')}
            value={s.get('section')}
            choices={(sections.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
            onChange={(section) => list.update({ section })}
          />
        )}
        <FilterSelect
          label={t('voices.fiscalYear')}
          allLabel={t('request.all')}
          value={s.get('fy')}
          choices={fiscalYearChoices().map((y) => ({ value: y, label: formatFiscalYear(y, lang) }))}
          onChange={(fy) => list.update({ fy })}
        />
        <label className="checkbox-inline voices-overdue-filter">
          <input
            type="checkbox"
            checked={query.overdue === true}
            onChange={(e) => list.update({ overdue: e.target.checked ? 'true' : undefined })}
          />{' '}
          {t('voices.overdueOnly')}
        </label>
        <TextField label={t('voices.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={[...s.keys()].length > 0 ? list.clear : undefined} />
      </form>
      <PagedTable
        query={voices}
        label={t('voices.title')}
        empty={t('voices.empty')}
        rowKey={(v: Voice) => v.id}
        sort={parseSort(query.sort ?? '-receivedOn')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'subject',
            header: t('voices.subject'),
            rowHeader: true,
            sortKey: 'subject',
            cell: (v) => (
              <>
                <Link to={`/voices/${v.id}`}>{v.subject}</Link>
                <span className="muted voices-kind"> {t(`voices.kind.${v.kind}` as MessageKey)}</span>
              </>
            ),
          },
          { key: 'district', header: t('voices.district'), sortKey: 'district', cell: (v) => v.districtName },
          {
            key: 'receivedOn',
            header: t('voices.receivedOn'),
            sortKey: 'receivedOn',
            className: 'nowrap',
            cell: (v) => formatWarekiDate(v.receivedOn, lang),
          },
          { key: 'section', header: t('voices.section'), cell: (v) => v.sectionName ?? t('voices.notRouted') },
          { key: 'status', header: t('voices.status'), sortKey: 'status', cell: (v) => <StatusBadge voice={v} /> },
          {
            key: 'dueOn',
            header: t('voices.dueOn'),
            sortKey: 'dueOn',
            className: 'nowrap',
            cell: (v) => formatWarekiDate(v.dueOn, lang),
          },
        ]}
      />
    </>
  );
}
