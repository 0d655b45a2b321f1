import './workspace.css';
import { Link } from 'react-router';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { Coverage, CoverageDistrict } from '../api/workspace';

function visit(d: CoverageDistrict, recorded: boolean, t: ReturnType<typeof useI18n>['t'], lang: 'ja' | 'en'): string {
  if (!recorded) return t('ws.visitsNotRecorded');
  if (!d.lastVisitOn) return t('ws.neverVisited');
  return t('ws.daysAgo', { days: d.daysSinceLastVisit ?? 0, date: formatWarekiDate(d.lastVisitOn, lang) });
}

/** 担当状況: per liaison their districts; then the districts that stand out. */
export function CoverageView({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  return (
    <>
      <section aria-labelledby="cov-liaisons" className="ws-section">
        <h2 id="cov-liaisons">{t('cov.liaisons')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('cov.liaison')}</th>
                <th scope="col">{t('cov.districts')}</th>
                <th scope="col">{t('cov.followUps')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.liaisons.map((l) => (
                <tr key={l.liaison.userId}>
                  <th scope="row">
                    <Link to={`/liaisons/${l.liaison.userId}`}>{l.liaison.displayName}</Link>
                  </th>
                  <td>
                    {l.districts.length === 0 ? (
                      t('cov.none')
                    ) : (
                      <ul className="plain-list">
                        {l.districts.map((d) => (
                          <li key={d.district.id} className={d.attention.length > 0 ? 'is-attention' : undefined}>
                            <Link to={`/districts/${d.district.id}`}>{d.district.name}</Link>{' '}
                            <span className="muted">{visit(d, coverage.visitsRecorded, t, lang)}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{t('ws.count', { count: l.openFollowUps })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="cov-attention" className="ws-section">
        <h2 id="cov-attention">{t('cov.attention', { days: coverage.staleDays })}</h2>
        {coverage.attention.length === 0 ? (
          <p>{t('cov.allCovered')}</p>
        ) : (
          <ul className="ws-attention">
            {coverage.attention.map((d) => (
              <li key={d.district.id}>
                <Link to={`/districts/${d.district.id}`}>{d.district.name}</Link>{' '}
                <span className="muted">{d.district.wardName}</span>:{' '}
                <strong>{d.attention.map((a) => enumLabel(t, 'cov.reason', a)).join('・')}</strong>
                {d.liaisons.length > 0 ? ` （${d.liaisons.map((l) => l.displayName).join('、')}）` : null}
                {coverage.visitsRecorded ? ` — ${visit(d, true, t, lang)}` : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
