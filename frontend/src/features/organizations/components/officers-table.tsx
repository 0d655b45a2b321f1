import type { ReactNode } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { sortOfficers, termStatus, type Officer } from '../api/get-officers';

/**
 * Officers by role (会長, 副会長, 会計, 事務局長, 監事, その他) and term, with only the columns the
 * server sent: personal data (reading, phone, address) is left out of the response for roles that
 * may not see it, and then has no column here either. `actions` adds a cell of buttons per row.
 */
export function OfficersTable({
  officers,
  caption,
  actions,
  emptyText,
}: {
  officers: Officer[];
  caption: string;
  actions?: (officer: Officer) => ReactNode;
  emptyText?: string;
}) {
  const { t, lang } = useI18n();
  if (officers.length === 0) return <p>{emptyText ?? t('org.noOfficers')}</p>;
  const has = (key: 'personName' | 'personKana' | 'phone' | 'address') =>
    officers.some((o) => o[key] !== undefined);
  // Without personal data there are no names: the role heads the row, and a note says why.
  const showName = has('personName');
  const showKana = has('personKana');
  const showPhone = has('phone');
  const showAddress = has('address');
  const today = isoDate();
  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '');
  return (
    <>
      {showName ? null : <p className="muted">{t('officer.personalHidden')}</p>}
      <TableScroll label={caption}>
        <table className="table officers-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('officer.role')}</th>
              {showName ? <th scope="col">{t('officer.name')}</th> : null}
              {showKana ? <th scope="col">{t('officer.kana')}</th> : null}
              {showPhone ? <th scope="col">{t('officer.phone')}</th> : null}
              {showAddress ? <th scope="col">{t('officer.address')}</th> : null}
              <th scope="col">{t('officer.term')}</th>
              {actions ? (
                <th scope="col">
                  <span className="visually-hidden">{t('officer.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {sortOfficers(officers).map((o) => {
              const status = termStatus(o, today);
              return (
                <tr key={o.id} className={status === 'ended' ? 'is-past' : undefined}>
                  {showName ? (
                    <>
                      <td className="nowrap">{enumLabel(t, 'officer.role', o.role)}</td>
                      <th scope="row" className="nowrap">
                        {o.personName}
                      </th>
                    </>
                  ) : (
                    <th scope="row" className="nowrap">
                      {enumLabel(t, 'officer.role', o.role)}
                    </th>
                  )}
                  {showKana ? (
                    <td lang="ja" className="nowrap">
                      {o.personKana ?? ''}
                    </td>
                  ) : null}
                  {showPhone ? <td className="nowrap">{o.phone ?? ''}</td> : null}
                  {showAddress ? <td className="wrap">{o.address ?? ''}</td> : null}
                  <td className="term">
                    {date(o.termStart)} – {date(o.termEnd)}
                    {status !== 'current' ? <span className="tag tag-status">{t(`officer.status.${status}`)}</span> : null}
                  </td>
                  {actions ? <td className="row-actions">{actions(o)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
