import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { useActivities } from '../api/activities';

/** yyyy-mm-dd of the Monday of the week holding `day` (a plain calendar date: no time zone involved). */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * 週表示: the caller's own records of one week, Monday to Sunday — seven columns on a desk, a list per day on a phone
 * (the stylesheet decides).
 */
export function ActivityWeek({ monday }: { monday: string }) {
  const { t, lang } = useI18n();
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const week = useActivities({ mine: true, from: days[0], to: days[6], size: 200, sort: 'occurredOn' });
  const weekday = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { weekday: 'short', timeZone: 'UTC' });
  return (
    <QueryState query={week}>
      {(page) => (
        <ol className="week-grid" aria-label={t('activity.weekOf', { date: formatWarekiDate(monday, lang) })}>
          {days.map((day) => {
            const items = page.items.filter((a) => a.occurredOn === day);
            return (
              <li key={day} className="week-day">
                <h2 className="week-day-head">
                  {formatWarekiDate(day, lang)}（{weekday.format(new Date(`${day}T00:00:00Z`))}）
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{t('activity.nothingThatDay')}</p>
                ) : (
                  <ul>
                    {items.map((a) => (
                      <li key={a.id}>
                        <Link to={`/activities/${a.id}`}>
                          {a.startsAt ? `${a.startsAt} ` : ''}
                          {t(`activity.type.${a.type}`)}（{a.districts.map((d) => d.name).join('、')}）
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </QueryState>
  );
}
