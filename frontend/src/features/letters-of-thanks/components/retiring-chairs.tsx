import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { DataTable } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n';
import { fiscalYearRange, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useRetiringChairs } from '../api/get-retiring-chairs';

export type DistrictRef = { name: string; wardName?: string };

/**
 * The list the mayor's letters of thanks are prepared from: district, chair, reading and term.
 * Districts come from the caller (the district list), as officers only carry the district's id.
 */
export function RetiringChairs({
  fiscalYear,
  districtOf,
}: {
  fiscalYear: number;
  districtOf: (districtId: number | undefined) => DistrictRef | undefined;
}) {
  const { t, lang } = useI18n();
  const chairs = useRetiringChairs(fiscalYear);
  const year = formatFiscalYear(fiscalYear, lang);
  const range = fiscalYearRange(fiscalYear);
  const heading = t('letters.listTitle', { year });

  if (chairs.isPending) return <Loading />;
  if (chairs.isError) return <QueryError error={chairs.error} onRetry={() => void chairs.refetch()} />;

  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '');
  return (
    <Section id="retiring-chairs" title={heading} className="panel print-plain">
      <p className="muted">
        {t('letters.range', { from: date(range.from), to: date(range.to) })}
        {' · '}
        <span role="status">{t('letters.count', { count: chairs.data.length })}</span>
      </p>
      {chairs.data.length === 0 ? (
        <p>{t('letters.none', { year })}</p>
      ) : (
        <DataTable
          label={heading}
          className="table-print"
          rows={chairs.data}
          rowKey={(c) => c.id}
          columns={[
            { key: 'no', header: t('letters.no'), num: true, cell: (_c, i) => i + 1 },
            {
              key: 'district',
              header: t('letters.district'),
              cell: (c) => {
                const district = districtOf(c.districtId);
                return (
                  <>
                    {c.districtId !== undefined ? (
                      <Link to={`/districts/${c.districtId}`}>{district?.name ?? c.organizationName}</Link>
                    ) : (
                      c.organizationName
                    )}
                    {district?.wardName ? <span className="kana">{district.wardName}</span> : null}
                  </>
                );
              },
            },
            { key: 'name', header: t('officer.name'), rowHeader: true, cell: (c) => c.personName },
            { key: 'kana', header: t('officer.kana'), cell: (c) => c.personKana ?? '', cellProps: () => ({ lang: 'ja' }) },
            {
              key: 'term',
              header: t('officer.term'),
              className: 'term',
              cell: (c) => (
                <>
                  {date(c.termStart)} – {date(c.termEnd)}
                </>
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}
