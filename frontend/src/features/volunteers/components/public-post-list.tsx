import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { PUBLIC_CSV_URL, PUBLIC_PAGE_SIZE, usePublicVolunteerPosts, type PublicVolunteerPost } from '../api/volunteers';
import { activityDays, peopleText } from '../utils/labels';
import './volunteers.css';
import '../i18n';

/**
 * The open calls for anyone, without signing in: filtered by ward, district and text (the URL holds them), as cards
 * — the call, the council and its district, the days, how many are wanted and the closing day — and the CSV of all.
 */
export function PublicPostList({ href }: { href: (id: number) => string }) {
  const { t } = useI18n();
  const list = useListSearch();
  const wards = useWards();
  const districts = useAllDistricts();
  const s = list.search;
  const wardId = positiveParam(s, 'ward');
  const query = {
    page: positiveParam(s, 'page') ?? 1,
    size: PUBLIC_PAGE_SIZE,
    wardId,
    districtId: positiveParam(s, 'district'),
    q: s.get('q') || undefined,
  };
  const posts = usePublicVolunteerPosts(query);
  const all = t('volunteer.all');
  const filtered = [...s.keys()].some((k) => k !== 'page');
  const districtChoices = (districts.data ?? [])
    .filter((d) => wardId === undefined || d.wardId === wardId)
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <form className="filters" role="search" aria-label={t('volunteer.public.filters')} onSubmit={list.onSubmit}>
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
        <TextField label={t('volunteer.public.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={filtered ? list.clear : undefined} />
      </form>
      <div className="volunteer-public-tools">
        <a className="btn btn-secondary" href={PUBLIC_CSV_URL} download>
          {t('volunteer.public.csv')}
        </a>
      </div>
      <QueryState query={posts}>
        {(page) => (
          <div className="results" aria-busy={posts.isFetching}>
            {page.items.length === 0 ? (
              <p className="empty" role="status">
                {filtered ? t('volunteer.public.emptyFiltered') : t('volunteer.public.empty')}
              </p>
            ) : (
              <ul className="volunteer-cards" data-testid="volunteer-cards">
                {page.items.map((p) => (
                  <PostCard key={p.id} post={p} href={href(p.id)} />
                ))}
              </ul>
            )}
            <Pagination page={page.page} size={page.size} total={page.total} />
            <p className="visually-hidden" role="status">
              {t('volunteer.public.count', { total: page.total })}
            </p>
          </div>
        )}
      </QueryState>
    </>
  );
}

/** One open call as a card: its name links to its page. */
function PostCard({ post: p, href }: { post: PublicVolunteerPost; href: string }) {
  const { t, lang } = useI18n();
  const headingId = `volunteer-card-${p.id}`;
  return (
    <li className="volunteer-card">
      <h2 id={headingId}>
        <Link to={href}>{p.title}</Link>
      </h2>
      <p className="volunteer-card-org">
        {t('volunteer.public.orgDistrict', { org: p.organizationName, district: p.wardName ? `${p.wardName} ${p.districtName}` : p.districtName })}
      </p>
      <dl>
        <dt>{t('volunteer.days')}</dt>
        <dd>{activityDays(p.startsOn, p.endsOn, lang)}</dd>
        {p.place ? (
          <>
            <dt>{t('volunteer.place')}</dt>
            <dd>{p.place}</dd>
          </>
        ) : null}
        <dt>{t('volunteer.wanted')}</dt>
        <dd>{peopleText(t, p.wanted, lang)}</dd>
        <dt>{t('volunteer.closesOn')}</dt>
        <dd className="volunteer-closes">{formatWarekiDate(p.closesOn, lang)}</dd>
      </dl>
    </li>
  );
}
