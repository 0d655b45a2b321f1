import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { formatDateTime, formatWarekiDate } from '@/utils/fiscal-year';
import { outbox, usePendingActivities, type PendingActivity } from '../api/activities';

/**
 * 送信待ち: the records kept on this device, with their count; each refused one shows the server's words and may be
 * taken back into the form (`onFix`) or discarded.
 */
export function PendingActivities({ onFix }: { onFix: (item: PendingActivity) => void }) {
  const { t, lang } = useI18n();
  const items = usePendingActivities();
  if (items.length === 0) return null;
  return (
    <section className="pending-activities" aria-labelledby="pending-activities-title">
      <h2 id="pending-activities-title">
        {t('activity.pending.title')} <span className="badge">{t('activity.pending.count', { count: items.length })}</span>
      </h2>
      <p>{t('activity.pending.lead')}</p>
      <ul className="card-list">
        {items.map((item) => (
          <li key={item.key} className="card">
            <p>
              <strong>{t(`activity.type.${item.body.type}`)}</strong> {formatWarekiDate(item.body.occurredOn, lang)}
            </p>
            <p className="clamp">{item.body.summary}</p>
            <p className="muted">{t('activity.pending.savedAt', { time: formatDateTime(item.savedAt, lang) })}</p>
            {item.error ? (
              <div className="field-error" role="alert">
                <p>
                  {t('activity.pending.refused')}: {item.error.detail ?? item.error.title}
                </p>
                {item.error.errors?.length ? (
                  <ul>
                    {item.error.errors.map((e) => (
                      <li key={e.field + e.message}>{e.message}</li>
                    ))}
                  </ul>
                ) : null}
                <Button onClick={() => onFix(item)}>{t('activity.pending.fix')}</Button>{' '}
                <Button variant="secondary" onClick={() => outbox().remove(item.key)}>
                  {t('activity.pending.discard')}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => void outbox().flush()}>
        {t('activity.pending.send')}
      </Button>
    </section>
  );
}
