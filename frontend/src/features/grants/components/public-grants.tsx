import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { positiveParam } from '@/lib/use-list-search';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { publicGrantsCsvUrl, usePublicGrants, type GrantedAmount } from '../api/grants';
import { formatYen } from '../utils/format';
import './grants.css';

/**
 * 交付決定額の公表: every decided case of a year (program, section, organization, ward, district, decided and final
 * amount, decision day), a page of up to 200 rows at a time, narrowed to one program on the page, and the CSV.
 */
export function PublicGrantsTable({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const page = positiveParam(search, 'page') ?? 1;
  const grants = usePublicGrants(fiscalYear, page);
  const [program, setProgram] = useState('');
  const yen = (n: number | null) => formatYen(n, t, lang);
  const year = formatFiscalYear(fiscalYear, lang);
  return (
    <>
      <p className="lead">{t('grant.publicLead', { year })}</p>
      <p>
        <a className="btn btn-secondary" href={publicGrantsCsvUrl(fiscalYear)} download>
          {t('grant.publicCsv')}
        </a>
      </p>
      <QueryState query={grants}>
        {(data) => {
          if (data.items.length === 0) {
            return (
              <p className="empty" role="status">
                {t('grant.publicEmpty', { year })}
              </p>
            );
          }
          const programs = [...new Set(data.items.map((g) => g.program))];
          const chosen = programs.includes(program) ? program : '';
          const rows = chosen ? data.items.filter((g) => g.program === chosen) : data.items;
          return (
            <div className="results" aria-busy={grants.isFetching}>
              {programs.length > 1 ? (
                <form className="filters" role="search" aria-label={t('grant.filters')} onSubmit={(e) => e.preventDefault()}>
                  <SelectField
                    label={data.total > data.items.length ? t('grant.programOnPage') : t('grant.program')}
                    value={chosen}
                    onChange={(e) => setProgram(e.target.value)}
                  >
                    <option value="">{t('grant.all')}</option>
                    {programs.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </SelectField>
                </form>
              ) : null}
              <DataTable
                label={t('grant.publicTitle', { year })}
                className="table-compact"
                rows={rows}
                rowKey={(g: GrantedAmount, i) => `${g.program}-${g.organization}-${i}`}
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
