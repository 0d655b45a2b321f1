import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
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
    <section aria-labelledby="retiring-chairs" className="panel print-plain">
      <h2 id="retiring-chairs">{heading}</h2>
      <p className="muted">
        {t('letters.range', { from: date(range.from), to: date(range.to) })}
        {' · '}
        <span role="status">{t('letters.count', { count: chairs.data.length })}</span>
      </p>
      {chairs.data.length === 0 ? (
        <p>{t('letters.none', { year })}</p>
      ) : (
        <TableScroll label={heading}>
          <table className="table table-print">
            <caption className="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('letters.no')}
                </th>
                <th scope="col">{t('letters.district')}</th>
                <th scope="col">{t('officer.name')}</th>
                <th scope="col">{t('officer.kana')}</th>
                <th scope="col">{t('officer.term')}</th>
              </tr>
            </thead>
            <tbody>
              {chairs.data.map((c, i) => {
                const district = districtOf(c.districtId);
                return (
                  <tr key={c.id}>
                    <td className="num">{i + 1}</td>
                    <td>
                      {c.districtId !== undefined ? (
                        <Link to={`/districts/${c.districtId}`}>{district?.name ?? c.organizationName}</Link>
                      ) : c.organizationName}
                      {district?.wardName ? <span className="kana">{district.wardName}</span> : null}
                    </td>
                    <th scope="row">{c.personName}</th>
                    <td lang="ja">{c.personKana ?? ''}</td>
                    <td className="term">
                      {date(c.termStart)} – {date(c.termEnd)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
