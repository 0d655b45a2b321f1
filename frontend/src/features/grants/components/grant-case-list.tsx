import { Link } from 'react-router';
import { TextField } from '@/components/ui/field';
import { FilterActions, FilterSelect } from '@/components/ui/filters';
import { PagedTable } from '@/components/ui/paged-table';
import { formatSort, parseSort } from '@/components/ui/sort-header';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { choiceParam, positiveParam, useListSearch } from '@/lib/use-list-search';
import { fiscalYearChoices, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { GRANT_PAGE_SIZE, GRANT_STATUSES, useGrantCases, type GrantCase } from '../api/grants';
import { formatYen, notComputable, statusLabel } from '../utils/format';
import { GrantStatusBadge } from './grant-status';
import '../i18n';
import './grants.css';

/**
 * 交付案件 as a table, filtered by the URL (status, district, 未提出のみ, 検査待ち, text; the year on the list across
 * programs): one program's cases (`programId`), or every case the caller may see with the program as a column.
 */
export function GrantCaseList({ programId }: { programId?: number }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const list = useListSearch();
  const districts = useAllDistricts();
  const s = list.search;
  const acrossPrograms = programId === undefined;
  const query = {
    page: positiveParam(s, 'page') ?? 1,
    size: GRANT_PAGE_SIZE,
    ...(programId !== undefined ? { programId } : {}),
    fiscalYear: acrossPrograms ? positiveParam(s, 'fy') : undefined,
    status: choiceParam(s, 'status', GRANT_STATUSES),
    districtId: positiveParam(s, 'district'),
    notSubmitted: s.get('notSubmitted') === 'true' ? true : undefined,
    inspectionDue: s.get('inspectionDue') === 'true' ? true : undefined,
    q: s.get('q') || undefined,
    sort: s.get('sort') || undefined,
  };
  const cases = useGrantCases(query);
  // A liaison chooses among their own districts; others among all.
  const mine = me.data?.role === 'LIAISON' ? new Set(me.data.districtIds) : undefined;
  const districtChoices = (districts.data ?? [])
    .filter((d) => !mine || mine.has(d.id))
    .map((d) => ({ value: d.id, label: d.name }));
  const check = (key: 'notSubmitted' | 'inspectionDue', label: string) => (
    <label className="checkbox-inline">
      <input
        type="checkbox"
        checked={query[key] === true}
        onChange={(e) => list.update({ [key]: e.target.checked ? 'true' : undefined })}
      />{' '}
      {label}
    </label>
  );
  const yen = (n: number | undefined) => formatYen(n, t, lang);
  return (
    <>
      <form className="filters" role="search" aria-label={t('grant.filters')} onSubmit={list.onSubmit}>
        {acrossPrograms ? (
          <FilterSelect
            label={t('grant.fiscalYear')}
            allLabel={t('grant.all')}
            value={s.get('fy')}
            choices={fiscalYearChoices().map((y) => ({ value: y, label: formatFiscalYear(y, lang) }))}
            onChange={(fy) => list.update({ fy })}
          />
        ) : null}
        <FilterSelect
          label={t('grant.status')}
          allLabel={t('grant.all')}
          value={s.get('status')}
          choices={GRANT_STATUSES.map((x) => ({ value: x, label: statusLabel(x, t) }))}
          onChange={(status) => list.update({ status })}
        />
        <FilterSelect
          label={t('grant.district')}
          allLabel={t('grant.all')}
          value={s.get('district')}
          choices={districtChoices}
          onChange={(district) => list.update({ district })}
        />
        <div className="grant-filter-checks">
          {check('notSubmitted', t('grant.notSubmittedOnly'))}
          {check('inspectionDue', t('grant.inspectionDueOnly'))}
        </div>
        <TextField label={t('grant.search')} type="search" value={list.q} onChange={(e) => list.setQ(e.target.value)} />
        <FilterActions onClear={[...s.keys()].length > 0 ? list.clear : undefined} />
      </form>
      <PagedTable
        query={cases}
        label={t('grant.casesTitle')}
        empty={
          <p className="empty" role="status">
            {t('grant.empty')}
          </p>
        }
        announceTotal
        rowKey={(c: GrantCase) => c.id}
        sort={parseSort(query.sort ?? 'organization')}
        onSort={(next) => list.update({ sort: formatSort(next) })}
        columns={[
          {
            key: 'organization',
            header: t('grant.organization'),
            rowHeader: true,
            sortKey: 'organization',
            cell: (c) => (
              <Link to={`/grant-cases/${c.id}`}>
                {c.organizationName}
                {acrossPrograms ? <span className="visually-hidden">{t('grant.caseOf', { program: c.programName })}</span> : null}
              </Link>
            ),
          },
          acrossPrograms && {
            key: 'program',
            header: t('grant.program'),
            sortKey: 'program',
            className: 'wrap',
            cell: (c) => (
              <>
                <span className="grant-program-name">{c.programName}</span>
                <span className="muted grant-program-year"> {formatFiscalYear(c.fiscalYear, lang)}</span>
              </>
            ),
          },
          { key: 'district', header: t('grant.district'), sortKey: 'district', cell: (c) => c.districtName ?? '—' },
          { key: 'status', header: t('grant.status'), sortKey: 'status', cell: (c) => <GrantStatusBadge status={c.status} /> },
          {
            key: 'computed',
            header: t('grant.computedYen'),
            num: true,
            sortKey: 'computedYen',
            cell: (c) =>
              c.computedYen === undefined && c.computedMissing.length > 0 ? (
                <span className="grant-missing">{notComputable(c.computedMissing, t)}</span>
              ) : (
                yen(c.computedYen)
              ),
          },
          { key: 'decided', header: t('grant.decidedYen'), num: true, sortKey: 'decidedYen', cell: (c) => yen(c.decidedYen) },
          { key: 'paid', header: t('grant.paidYen'), num: true, sortKey: 'paidYen', cell: (c) => yen(c.paidYen) },
          {
            key: 'nextDue',
            header: t('grant.nextDueOn'),
            className: 'nowrap',
            cell: (c) => (c.nextDueOn ? formatWarekiDate(c.nextDueOn, lang) : '—'),
          },
        ]}
      />
    </>
  );
}
