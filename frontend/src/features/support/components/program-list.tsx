import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useI18n } from '@/lib/i18n';
import { sectionChoices, useSections } from '@/lib/reference-data/sections';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import {
  SUPPORT_CATEGORIES,
  SUPPORT_KINDS,
  SUPPORT_PAGE_SIZE,
  useSupportPrograms,
  type SupportProgram,
} from '../api/support';
import { audienceLabel, categoryLabel, kindLabel } from '../utils/labels';
import { formatYen } from '../utils/rule';
import '../i18n';
import './support.css';

/** The URL parameters of the page around the list (the edition, the view), which its 条件をクリア keeps. */
const PAGE_PARAMS = ['fy', 'view'];

/**
 * 支援策の一覧 of one edition: filtered by column (区分), kind, implementing section and text, in pages, sorted by a
 * column; the state is the URL.
 */
export function ProgramList({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const list = useListSearch();
  const sections = useSections();
  const s = list.search;
  const query = {
    fiscalYear,
    page: positiveParam(s, 'page') ?? 1,
    size: SUPPORT_PAGE_SIZE,
    category: choiceParam(s, 'category', SUPPORT_CATEGORIES),
    kind: choiceParam(s, 'kind', SUPPORT_KINDS),
    sectionId: positiveParam(s, 'section'),
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
  const programs = useSupportPrograms(query);
  const filtered = [...s.keys()].some((k) => !PAGE_PARAMS.includes(k));
  const clear = () => {
    const kept = new URLSearchParams();
    for (const k of PAGE_PARAMS) {
      const v = s.get(k);
      if (v) kept.set(k, v);
    }
    list.setSearch(kept);
  };
  const all = t('support.all');
  return (
    <>
      <form className="filters" role="search" aria-label={t('support.list.filters')} onSubmit={list.onSubmit}>
        <FilterSelect
          label={t('support.field.category')}
          allLabel={all}
          value={s.get('category')}
          choices={SUPPORT_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
          onChange={(category) => list.update({ category })}
        />
        <FilterSelect
          label={t('support.field.kind')}
          allLabel={all}
          value={s.get('kind')}
          choices={SUPPORT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          onChange={(kind) => list.update({ kind })}
        />
        <FilterSelect
          label={t('support.field.section')}
          allLabel={all}
          value={s.get('section')}
          choices={sectionChoices(sections.data?.items)}
          onChange={(section) => list.update({ section })}
        />
        <TextField label={t('support.list.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={filtered ? clear : undefined} />
      </form>
      <PagedTable
        query={programs}
        label={t('support.list.caption')}
        empty={
          <p className="empty" role="status">
            {t('support.list.empty')}
          </p>
        }
        announceTotal
        rowKey={(p: SupportProgram) => p.id}
        sort={parseSort(query.sort ?? 'sortOrder')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'name',
            header: t('support.field.name'),
            rowHeader: true,
            sortKey: 'name',
            className: 'wrap',
            cell: (p) => <Link to={`/support/programs/${p.id}`}>{p.name}</Link>,
          },
          { key: 'section', header: t('support.field.section'), sortKey: 'section', cell: (p) => p.sectionName },
          { key: 'kind', header: t('support.field.kind'), sortKey: 'kind', cell: (p) => kindLabel(t, p.kind) },
          {
            key: 'categories',
            header: t('support.field.categories'),
            cell: (p) => p.categories.map((c) => categoryLabel(t, c)).join(t('support.rule.sep')),
          },
          { key: 'audience', header: t('support.field.audience'), cell: (p) => audienceLabel(t, p.audience) },
          {
            key: 'budgetYen',
            header: t('support.field.budgetYen'),
            num: true,
            sortKey: 'budgetYen',
            className: 'nowrap',
            cell: (p) => (p.budgetYen === undefined ? '—' : formatYen(p.budgetYen, t, lang)),
          },
        ]}
      />
    </>
  );
}
