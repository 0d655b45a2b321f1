import './workspace.css';
import { Link } from 'react-router';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import type { DistrictCard, Home, WorkListItem } from '../api/workspace';

/** わたしの校区: one card per district, then the worklist (やること) across them. */
export function HomeView({ home }: { home: Home }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="ws-cards" className="ws-section">
        <h2 id="ws-cards">{t('ws.cardsTitle', { count: home.cards.length })}</h2>
        {home.cards.length === 0 ? (
          <p>{t('ws.noDistricts')}</p>
        ) : (
          <ul className="ws-cards">
            {home.cards.map((c) => (
              <li key={c.district.id}>
                <DistrictCardView card={c} visitsRecorded={home.visitsRecorded} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ws-worklist" className="ws-section">
        <h2 id="ws-worklist">{t('ws.worklistTitle')}</h2>
        <Worklist items={home.worklist} />
      </section>
    </>
  );
}

function change(v: number | null | undefined, t: ReturnType<typeof useI18n>['t']): string {
  if (v === null || v === undefined) return t('ws.noChange');
  const points = (v * 100).toFixed(1);
  return v > 0 ? t('ws.up', { points }) : v < 0 ? t('ws.down', { points: points.replace('-', '') }) : t('ws.flat');
}

function DistrictCardView({ card, visitsRecorded }: { card: DistrictCard; visitsRecorded: boolean }) {
  const { t, lang } = useI18n();
  const headingId = `ws-card-${card.district.id}`;
  const r = card.joinRate;
  return (
    <article className="ws-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/districts/${card.district.id}`}>{card.district.name}</Link>{' '}
        <span className="muted">{card.district.wardName}</span>
      </h3>
      {card.councilName ? <p className="ws-council">{card.councilName}</p> : null}
      <dl className="ws-facts">
        <div>
          <dt>{t('ws.joinRate', { fy: formatFiscalYear(r.fiscalYear, lang) })}</dt>
          <dd>
            {r.rate === null ? t('ws.noFigures') : formatPercent(r.rate)}
            {r.rate !== null ? <> （{change(r.change, t)}）</> : null}
            {r.rank ? (
              <span className="ws-rank"> {t('ws.rank', { rank: r.rank, of: r.rankedDistricts })}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('ws.thisMonth', { month: card.thisMonth.month })}</dt>
          <dd>
            {t('ws.monthRequests', {
              count: card.thisMonth.requests,
              hours: formatNumber(card.thisMonth.hours, lang),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('ws.lastVisit')}</dt>
          <dd>
            {!visitsRecorded
              ? t('ws.visitsNotRecorded')
              : card.lastVisitOn
                ? t('ws.daysAgo', { days: card.daysSinceLastVisit ?? 0, date: formatWarekiDate(card.lastVisitOn, lang) })
                : t('ws.neverVisited')}
          </dd>
        </div>
      </dl>
      <h4 className="ws-needs-title">{t('ws.needs')}</h4>
      {card.needs.length === 0 ? (
        <p>{t('ws.nothingNeeded')}</p>
      ) : (
        <ul className="ws-needs">
          {card.needs.map((n) => (
            <li key={n.kind}>
              {enumLabel(t, 'ws.kind', n.kind)}: <strong>{t('ws.count', { count: n.count })}</strong>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** The worklist, in due-date order (undated last); each title links to where the thing is done. */
export function Worklist({ items }: { items: WorkListItem[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p>{t('ws.worklistEmpty')}</p>;
  return (
    <ol className="ws-worklist">
      {items.map((i) => (
        <li key={`${i.kind}-${i.link}-${i.title}-${i.due ?? ''}`} className={i.overdue ? 'is-overdue' : undefined}>
          <span className="ws-due">
            {i.due ? formatWarekiDate(i.due, lang) : t('ws.undated')}
            {i.overdue ? <strong className="ws-overdue"> {t('ws.overdue')}</strong> : null}
          </span>{' '}
          <span className="ws-kind">{enumLabel(t, 'ws.kind', i.kind)}</span>{' '}
          <Link to={i.link}>{i.title}</Link>{' '}
          <span className="muted">{i.districts.map((d) => d.name).join('、')}</span>
        </li>
      ))}
    </ol>
  );
}
