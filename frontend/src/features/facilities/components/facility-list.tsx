import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatNumber } from '@/utils/format';
import { FACILITY_KINDS, FACILITY_PAGE_SIZE, useFacilities, type Facility } from '../api/facilities';
import { facilityKindLabel, formatYearWareki } from '../utils/labels';
import './facilities.css';
import '../i18n';

/**
 * 施設の一覧: the districts' community centres, halls and meeting places and the rooms the city lends, filtered by ward,
 * district, kind and text, sorted by a column; the state is the URL.
 */
export function FacilityList() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const wards = useWards();
  const districts = useAllDistricts();
  const s = list.search;
  const wardId = positiveParam(s, 'ward');
  const query = {
    page: positiveParam(s, 'page') ?? 1,
    size: FACILITY_PAGE_SIZE,
    wardId,
    districtId: positiveParam(s, 'district'),
    kind: choiceParam(s, 'kind', FACILITY_KINDS),
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
  const facilities = useFacilities(query);
  const all = t('facility.all');
  const districtChoices = (districts.data ?? [])
    .filter((d) => wardId === undefined || d.wardId === wardId)
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <form className="filters facility-filters" role="search" aria-label={t('facility.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('facility.ward')}
          allLabel={all}
          value={s.get('ward')}
          choices={(wards.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(ward) => list.update({ ward, district: undefined })}
        />
        <FilterSelect
          label={t('facility.district')}
          allLabel={all}
          value={s.get('district')}
          choices={districtChoices}
          onChange={(district) => list.update({ district })}
        />
        <FilterSelect
          label={t('facility.kindLabel')}
          allLabel={all}
          value={s.get('kind')}
          choices={FACILITY_KINDS.map((k) => ({ value: k, label: facilityKindLabel(t, k) }))}
          onChange={(kind) => list.update({ kind })}
        />
        <TextField label={t('facility.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={[...s.keys()].length > 0 ? list.clear : undefined} />
      </form>
      <PagedTable
        query={facilities}
        label={t('facility.listCaption')}
        empty={
          <p className="empty" role="status">
            {t('facility.empty')}
          </p>
        }
        announceTotal
        rowKey={(f: Facility) => f.id}
        sort={parseSort(query.sort ?? 'district')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'name',
            header: t('facility.name'),
            rowHeader: true,
            sortKey: 'name',
            className: 'wrap',
            cell: (f) => <Link to={`/facilities/${f.id}`}>{f.name}</Link>,
          },
          { key: 'kind', header: t('facility.kindLabel'), sortKey: 'kind', cell: (f) => facilityKindLabel(t, f.kind) },
          {
            key: 'district',
            header: t('facility.district'),
            sortKey: 'district',
            cell: (f) => f.districtName ?? t('facility.cityWide'),
          },
          { key: 'ward', header: t('facility.ward'), cell: (f) => f.wardName ?? '—' },
          {
            key: 'capacity',
            header: t('facility.capacity'),
            num: true,
            sortKey: 'capacity',
            cell: (f) => (f.capacity === undefined ? '—' : t('facility.people', { n: formatNumber(f.capacity, lang) })),
          },
          {
            key: 'builtYear',
            header: t('facility.builtYear'),
            sortKey: 'builtYear',
            className: 'nowrap',
            cell: (f) => (f.builtYear === undefined ? '—' : formatYearWareki(f.builtYear, lang)),
          },
        ]}
      />
    </>
  );
}
