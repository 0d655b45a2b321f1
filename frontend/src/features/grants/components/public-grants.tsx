import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { positiveParam } from '@/lib/use-list-search';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import {
  publicGrantsCsvUrl,
  useGrantedPrograms,
  usePublicGrants,
  type GrantedAmount,
  type GrantedProgram,
} from '../api/grants';
import { formatYen } from '../utils/format';
import '../i18n';
import './grants.css';

/**
 * 交付決定額の公表: every decided case of a year (program, section, organization, ward, district, decided and final
 * amount, decision day), a page of up to 200 rows at a time, and the CSV. `?program=` narrows both to one of the
 * year's subsidies and consignments (the catalogue's, in its order).
 */
export function PublicGrantsTable({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const page = positiveParam(search, 'page') ?? 1;
  const catalogue = useGrantedPrograms(fiscalYear);
  const requested = positiveParam(search, 'program');
  // A program the year's catalogue does not offer (an old link) is not applied; without the catalogue, it is.
  const programId = requested !== undefined && catalogue.data?.some((p) => p.id === requested) === false ? undefined : requested;
  const grants = usePublicGrants(fiscalYear, page, programId);
  const programs = catalogue.data ?? programsOf(grants.data?.items ?? []);
  const chosen = programs.find((p) => p.id === programId);
  const yen = (n: number | null) => formatYen(n, t, lang);
  const year = formatFiscalYear(fiscalYear, lang);
  const choose = (value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set('program', value);
    else next.delete('program');
    next.delete('page');
    setSearch(next, { replace: true });
  };
  return (
    <>
      <p className="lead">{t('grant.publicLead', { year })}</p>
      {programs.length > 0 ? (
        <form className="filters" role="search" aria-label={t('grant.programFilter')} onSubmit={(e) => e.preventDefault()}>
          <SelectField label={t('grant.program')} value={programId === undefined ? '' : String(programId)} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('grant.all')}</option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </form>
      ) : null}
      <p>
        <a className="btn btn-secondary" href={publicGrantsCsvUrl(fiscalYear, programId)} download>
          {chosen ? t('grant.publicCsvOf', { program: chosen.name }) : t('grant.publicCsv')}
        </a>
      </p>
      <QueryState query={grants}>
        {(data) => {
          if (data.items.length === 0) {
            return (
              <p className="empty" role="status">
                {chosen ? t('grant.publicEmptyProgram', { program: chosen.name }) : t('grant.publicEmpty', { year })}
              </p>
            );
          }
          return (
            <div className="results" aria-busy={grants.isFetching}>
              <DataTable
                label={t('grant.publicTitle', { year })}
                className="table-compact"
                rows={data.items}
                rowKey={(g: GrantedAmount, i) => `${g.programId}-${g.organization}-${i}`}
                columns={[
                  { key: 'organization', header: t('grant.organization'), rowHeader: true, cell: (g) => g.organization },
                  {
                    key: 'program',
                    header: t('grant.program'),
                    className: 'wrap',
                    cell: (g) => <span className="grant-program-name">{g.program}</span>,
                  },
                  { key: 'section', header: t('grant.section'), cell: (g) => g.section },
                  { key: 'ward', header: t('grant.ward'), cell: (g) => g.ward ?? '—' },
                  { key: 'district', header: t('grant.district'), cell: (g) => g.district ?? '—' },
                  { key: 'decided', header: t('grant.decidedYen'), num: true, className: 'nowrap', cell: (g) => yen(g.decidedYen) },
                  { key: 'final', header: t('grant.finalYen'), num: true, className: 'nowrap', cell: (g) => yen(g.finalYen) },
                  {
                    key: 'decidedOn',
                    header: t('grant.decidedOn'),
                    className: 'nowrap',
                    cell: (g) => (g.decidedOn ? formatWarekiDate(g.decidedOn, lang) : '—'),
                  },
                ]}
              />
              <Pagination page={data.page} size={data.size} total={data.total} />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}

/** The programs the rows name, in their order: the choices when the catalogue could not be read. */
function programsOf(rows: readonly GrantedAmount[]): GrantedProgram[] {
  const seen = new Map<number, GrantedProgram>();
  for (const g of rows) if (!seen.has(g.programId)) seen.set(g.programId, { id: g.programId, name: g.program });
  return [...seen.values()];
}
