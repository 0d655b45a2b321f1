import { enumLabel, useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { Officer } from '../api/get-officers';

/**
 * Officers with only the columns the server sent: personal data (reading, phone, address) is
 * left out of the response for roles that may not see it, and then has no column here either.
 */
export function OfficersTable({ officers, caption }: { officers: Officer[]; caption: string }) {
  const { t, lang } = useI18n();
  if (officers.length === 0) return <p>{t('org.noOfficers')}</p>;
  const has = (key: 'personKana' | 'phone' | 'address') =>
    officers.some((o) => o[key] !== undefined && o[key] !== null);
  const showKana = has('personKana');
  const showPhone = has('phone');
  const showAddress = has('address');
  const term = (o: Officer) =>
    `${o.termStart ? formatWarekiDate(o.termStart, lang) : ''} – ${o.termEnd ? formatWarekiDate(o.termEnd, lang) : ''}`;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officer.role')}</th>
            <th scope="col">{t('officer.name')}</th>
            {showKana ? <th scope="col">{t('officer.kana')}</th> : null}
            {showPhone ? <th scope="col">{t('officer.phone')}</th> : null}
            {showAddress ? <th scope="col">{t('officer.address')}</th> : null}
            <th scope="col">{t('officer.term')}</th>
          </tr>
        </thead>
        <tbody>
          {officers.map((o) => (
            <tr key={o.id ?? `${o.role}-${o.personName}`}>
              <td>{enumLabel(t, 'officer.role', o.role)}</td>
              <th scope="row">{o.personName}</th>
              {showKana ? <td lang="ja">{o.personKana ?? ''}</td> : null}
              {showPhone ? <td>{o.phone ?? ''}</td> : null}
              {showAddress ? <td>{o.address ?? ''}</td> : null}
              <td>{term(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
