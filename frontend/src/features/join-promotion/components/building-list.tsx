import { Link } from 'react-router';
import { CheckboxField, SelectField, TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { fiscalYearChoices, formatWarekiDate } from '@/utils/fiscal-year';
import { BUILDING_PAGE_SIZE, OUTCOMES, useNewBuildings, type NewBuilding, type NewBuildingListParams } from '../api/join-promotion';
import { formatUnits, outcomeLabel } from '../utils/labels';
import { OutcomeBadge } from './badges';
import './join-promotion.css';
import '../i18n';

/** The list's query from its URL (`?ward=&district=&outcome=&fy=&todo=1&q=&sort=&page=`). */
export function buildingQueryOf(s: URLSearchParams): NewBuildingListParams {
  const fy = positiveParam(s, 'fy');
  return {
    page: positiveParam(s, 'page') ?? 1,
    size: BUILDING_PAGE_SIZE,
    wardId: positiveParam(s, 'ward'),
    districtId: positiveParam(s, 'district'),
    outcome: choiceParam(s, 'outcome', OUTCOMES),
    fiscalYear: fy !== undefined && fy >= 1950 && fy <= 2100 ? fy : undefined,
    uncontacted: s.get('todo') === '1' ? true : undefined,
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
}

/**
 * 新築集合住宅の一覧: the buildings the building section was notified of, filtered by ward, district, outcome, the
 * year of the notice, those nobody has contacted yet (未対応) and text; sorted by a column; the state is the URL. A row
 * gives the building and its association, its units, the notice day in 和暦, how often and when the developer was
 * last contacted, the outcome and the units that joined.
 */
export function BuildingList() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const wards = useWards();
  const districts = useAllDistricts();
  const s = list.search;
  const query = buildingQueryOf(s);
  const buildings = useNewBuildings(query);
  const all = t('jp.all');
  const districtChoices = (districts.data ?? [])
    .filter((d) => query.wardId === undefined || d.wardId === query.wardId)
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <form className="filters jp-filters" role="search" aria-label={t('jp.building.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('jp.ward')}
          allLabel={all}
          value={s.get('ward')}
          choices={(wards.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(ward) => list.update({ ward, district: undefined })}
        />
        <FilterSelect
          label={t('jp.district')}
          allLabel={all}
          value={s.get('district')}
          choices={districtChoices}
          onChange={(district) => list.update({ district })}
        />
        <FilterSelect
          label={t('jp.building.outcome')}
          allLabel={all}
          value={s.get('outcome')}
          choices={OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(t, o) }))}
          onChange={(outcome) => list.update({ outcome })}
        />
        <SelectField
          label={t('jp.building.noticeYear')}
          value={query.fiscalYear === undefined ? '' : String(query.fiscalYear)}
          onChange={(e) => list.update({ fy: e.target.value || undefined })}
        >
          <option value="">{all}</option>
          <FiscalYearOptions years={fiscalYearChoices()} />
        </SelectField>
        <TextField
          className="jp-search"
          label={t('jp.building.search')}
          type="search"
          value={list.q}
          onChange={(e) => list.setQ(e.target.value)}
        />
        <CheckboxField
          label={t('jp.building.onlyUncontacted')}
          hint={t('jp.building.onlyUncontactedHint')}
          checked={query.uncontacted === true}
          onChange={(e) => list.update({ todo: e.target.checked ? '1' : undefined })}
        />
        <FilterActions onClear={[...s.keys()].length > 0 ? list.clear : undefined} />
      </form>
      <PagedTable
        query={buildings}
        label={t('jp.building.listCaption')}
        empty={
          <p className="empty" role="status">
            {t('jp.building.empty')}
          </p>
        }
        announceTotal
        rowKey={(b: NewBuilding) => b.id}
        sort={parseSort(query.sort ?? '-noticeOn')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'name',
            header: t('jp.building.name'),
            rowHeader: true,
            sortKey: 'name',
            className: 'wrap',
            cell: (b) => (
              <>
                <Link to={`/new-buildings/${b.id}`}>{b.name}</Link>
                {b.noticeNo ? <span className="jp-sub">{b.noticeNo}</span> : null}
              </>
            ),
          },
          {
            key: 'district',
            header: t('jp.building.districtAndAssociation'),
            sortKey: 'district',
            className: 'wrap',
            cell: (b) => (
              <>
                {b.districtName}
                <span className="jp-sub">{b.organizationName ?? t('jp.building.noAssociation')}</span>
              </>
            ),
          },
          { key: 'units', header: t('jp.building.units'), num: true, sortKey: 'units', cell: (b) => formatUnits(b.units, t, lang) },
          {
            key: 'noticeOn',
            header: t('jp.building.noticeOn'),
            sortKey: 'noticeOn',
            className: 'nowrap',
            cell: (b) => formatWarekiDate(b.noticeOn, lang),
          },
          {
            key: 'contacts',
            header: t('jp.building.contacts'),
            sortKey: 'lastContactOn',
            className: 'nowrap',
            cell: (b) =>
              b.contactCount === 0 || !b.lastContactOn
                ? t('jp.building.noContacts')
                : t('jp.building.contactsCell', { n: b.contactCount, date: formatWarekiDate(b.lastContactOn, lang) }),
          },
          {
            key: 'outcome',
            header: t('jp.building.outcome'),
            cell: (b) => <OutcomeBadge outcome={b.outcome} uncontacted={b.contactCount === 0} />,
          },
          {
            key: 'joinedUnits',
            header: t('jp.building.joinedUnits'),
            num: true,
            cell: (b) => (b.joinedUnits > 0 ? formatUnits(b.joinedUnits, t, lang) : '—'),
          },
        ]}
      />
    </>
  );
}
