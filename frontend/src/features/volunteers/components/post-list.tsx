import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { POST_PAGE_SIZE, useVolunteerPosts, type VolunteerPost, type VolunteerPostListParams } from '../api/volunteers';
import { activityDays, peopleText, postStateLabel, type PostState } from '../utils/labels';
import { PostStatusBadge } from './status-badge';
import './volunteers.css';
import '../i18n';

/** The list's states as the office reads them (`?state=`), in the order of the work: waiting for approval first. */
export const LIST_STATES: readonly PostState[] = ['SUBMITTED', 'PUBLISHED', 'DRAFT', 'RETURNED', 'EXPIRED', 'CLOSED'];

/** A state of the list → the API's filters (公開中: approved and open; 締切済み: approved, its day passed). */
export function stateQuery(state: PostState | undefined): Pick<VolunteerPostListParams, 'status' | 'published'> {
  switch (state) {
    case undefined:
      return {};
    case 'PUBLISHED':
      return { status: 'APPROVED', published: true };
    case 'EXPIRED':
      return { status: 'APPROVED', published: false };
    default:
      return { status: state };
  }
}

/**
 * ボランティア募集の一覧 for the staff: filtered by state, ward, district and text, sorted by a column; the state is
 * the URL. A row gives the call, its council and district, the activity's days in 和暦, the closing day, how many are
 * wanted, where it stands, and its inquiries with those not yet passed on to the council.
 */
export function PostList() {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const wards = useWards();
  const districts = useAllDistricts();
  const s = list.search;
  const state = choiceParam(s, 'state', LIST_STATES);
  const wardId = positiveParam(s, 'ward');
  const query: VolunteerPostListParams = {
    page: positiveParam(s, 'page') ?? 1,
    size: POST_PAGE_SIZE,
    ...stateQuery(state),
    wardId,
    districtId: positiveParam(s, 'district'),
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
  const posts = useVolunteerPosts(query);
  const all = t('volunteer.all');
  const districtChoices = (districts.data ?? [])
    .filter((d) => wardId === undefined || d.wardId === wardId)
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <form className="filters volunteer-filters" role="search" aria-label={t('volunteer.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('volunteer.status')}
          allLabel={all}
          value={state}
          choices={LIST_STATES.map((v) => ({ value: v, label: postStateLabel(t, v) }))}
          onChange={(v) => list.update({ state: v })}
        />
        <FilterSelect
          label={t('volunteer.ward')}
          allLabel={all}
          value={s.get('ward')}
          choices={(wards.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(ward) => list.update({ ward, district: undefined })}
        />
        <FilterSelect
          label={t('volunteer.district')}
          allLabel={all}
          value={s.get('district')}
          choices={districtChoices}
          onChange={(district) => list.update({ district })}
        />
        <TextField label={t('volunteer.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={[...s.keys()].some((k) => k !== 'page') ? list.clear : undefined} />
      </form>
      <PagedTable
        query={posts}
        label={t('volunteer.listCaption')}
        empty={
          <p className="empty" role="status">
            {t('volunteer.empty')}
          </p>
        }
        announceTotal
        rowKey={(p: VolunteerPost) => p.id}
        sort={parseSort(query.sort ?? 'closesOn')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'title',
            header: t('volunteer.title'),
            rowHeader: true,
            sortKey: 'title',
            className: 'wrap',
            cell: (p) => (
              <>
                <Link to={`/volunteer-posts/${p.id}`}>{p.title}</Link>
                <span className="volunteer-sub">{p.organizationName}</span>
              </>
            ),
          },
          { key: 'district', header: t('volunteer.district'), sortKey: 'district', className: 'nowrap', cell: (p) => p.districtName },
          {
            key: 'days',
            header: t('volunteer.days'),
            sortKey: 'startsOn',
            className: 'wrap',
            cell: (p) => activityDays(p.startsOn, p.endsOn, lang),
          },
          {
            key: 'closesOn',
            header: t('volunteer.closesOn'),
            sortKey: 'closesOn',
            className: 'nowrap',
            cell: (p) => formatWarekiDate(p.closesOn, lang),
          },
          { key: 'wanted', header: t('volunteer.wanted'), num: true, cell: (p) => peopleText(t, p.wanted, lang) },
          { key: 'status', header: t('volunteer.status'), cell: (p) => <PostStatusBadge post={p} /> },
          {
            key: 'inquiries',
            header: t('volunteer.inquiries'),
            num: true,
            className: 'nowrap',
            cell: (p) => (
              <>
                {t('volunteer.count', { n: formatNumber(p.inquiryCount, lang) })}
                {p.unrelayedCount > 0 ? (
                  <>
                    <br />
                    <strong className="volunteer-unrelayed">{t('volunteer.unrelayedCount', { n: formatNumber(p.unrelayedCount, lang) })}</strong>
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
