import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { ACTIVITY_PAGE_SIZE, ACTIVITY_TYPES, useActivities } from '../api/activities';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 活動記録の一覧: search by text, district, type and period (and only one's own). */
export function ActivityLog() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const list = useListSearch();
  const districts = useAllDistricts();
  const from = list.search.get('from') ?? '';
  const to = list.search.get('to') ?? '';
  const query = {
    page: positiveParam(list.search, 'page') ?? 1,
    size: ACTIVITY_PAGE_SIZE,
    q: list.search.get('q') || undefined,
    districtId: positiveParam(list.search, 'district'),
    type: choiceParam(list.search, 'type', ACTIVITY_TYPES),
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
    mine: list.search.get('mine') === 'true' ? true : undefined,
  };
  const activities = useActivities(query);
  const own = me?.role === 'LIAISON' ? new Set(me.districtIds) : undefined;
  const districtChoices = (districts.data ?? []).filter((d) => !own || own.has(d.id));
  return (
    <>
      <form className="filters" role="search" aria-label={t('activity.filters')} onSubmit={list.onSubmit}>
        <TextField label={t('activity.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterSelect
          label={t('activity.districts')}
          allLabel={t('request.all')}
          value={list.search.get('district')}
          choices={districtChoices.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(district) => list.update({ district })}
        />
        <FilterSelect
          label={t('activity.type')}
          allLabel={t('request.all')}
          value={list.search.get('type')}
          choices={ACTIVITY_TYPES.map((k) => ({ value: k, label: t(`activity.type.${k}`) }))}
          onChange={(type) => list.update({ type })}
        />
        <TextField label={t('activity.from')} type="date" value={from} onChange={(e) => list.update({ from: e.target.value || undefined })} />
        <TextField label={t('activity.to')} type="date" value={to} onChange={(e) => list.update({ to: e.target.value || undefined })} />
        <label className="checkbox-inline">
          <input
            type="checkbox"
            checked={query.mine === true}
            onChange={(e) => list.update({ mine: e.target.checked ? 'true' : undefined })}
          />{' '}
          {t('activity.mine')}
        </label>
        <FilterActions onClear={[...list.search.keys()].length > 0 ? list.clear : undefined} />
      </form>
      <PagedTable
        query={activities}
        label={t('activity.title')}
        rowKey={(a) => a.id}
        announceTotal
        columns={[
          {
            key: 'date',
            header: t('activity.occurredOn'),
            className: 'nowrap',
            cell: (a) => (
              <Link to={`/activities/${a.id}`}>
                {formatWarekiDate(a.occurredOn, lang)}
                {a.startsAt ? ` ${a.startsAt}` : ''}
              </Link>
            ),
          },
          { key: 'type', header: t('activity.type'), className: 'nowrap', cell: (a) => t(`activity.type.${a.type}`) },
          { key: 'districts', header: t('activity.districts'), cell: (a) => a.districts.map((d) => d.name).join('、') },
          { key: 'summary', header: t('activity.summary'), cell: (a) => <span className="clamp">{a.summary}</span> },
          {
            key: 'followUps',
            header: t('activity.followUps'),
            className: 'nowrap',
            cell: (a) => (a.openFollowUps > 0 ? t('activity.openFollowUps', { count: a.openFollowUps }) : ''),
          },
        ]}
      />
    </>
  );
}
