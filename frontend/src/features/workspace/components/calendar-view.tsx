import './workspace.css';
import { Link } from 'react-router';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { CalendarItem, CalendarMonth } from '../api/workspace';

/**
 * One month of the burden calendar as a list per day (not a colour grid): each day a heading and its entries, the
 * kind in words, the districts named. Today's day is marked with aria-current="date".
 */
export function CalendarMonthView({ data }: { data: CalendarMonth }) {
  const { t, lang } = useI18n();
  const byDay = new Map<string, CalendarItem[]>();
  for (const e of data.entries) {
    const list = byDay.get(e.date) ?? [];
    list.push(e);
    byDay.set(e.date, list);
  }
  if (byDay.size === 0) return <p>{t('cal.none')}</p>;
  const total = data.districts.length;
  return (
    <ol className="ws-calendar">
      {[...byDay.entries()].map(([day, entries]) => {
        const today = day === data.today;
        return (
          <li key={day} className={today ? 'is-today' : undefined} aria-current={today ? 'date' : undefined}>
            <h3>
              {formatWarekiDate(day, lang)}
              {today ? <span className="badge"> {t('cal.today')}</span> : null}
            </h3>
            <ul>
              {entries.map((e) => (
                <li key={e.uid} className={`ws-cal-${e.kind.toLowerCase().replace(/_/g, '-')}`}>
                  <span className="ws-kind">{enumLabel(t, 'cal.kind', e.kind)}</span>{' '}
                  <Link to={e.link}>{e.title}</Link>{' '}
                  <span className="muted">
                    {e.districts.length === total && total > 1
                      ? t('cal.allDistricts')
                      : e.districts.map((d) => d.name).join('、')}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
