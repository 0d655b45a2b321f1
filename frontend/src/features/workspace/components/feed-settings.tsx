import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { useCalendarFeed, useRevokeFeed, useRotateFeed } from '../api/workspace';

/** カレンダー連携: issue, renew or stop the secret iCalendar URL; the URL is shown once, right after issuing. */
export function FeedSettings({ wardId }: { wardId?: number }) {
  const { t, lang } = useI18n();
  const feed = useCalendarFeed();
  const rotate = useRotateFeed();
  const revoke = useRevokeFeed();
  const [url, setUrl] = useState<string>();
  const active = feed.data?.active ?? false;
  return (
    <section aria-labelledby="feed-title" className="ws-section">
      <h2 id="feed-title">{t('feed.title')}</h2>
      <p>{t('feed.lead')}</p>
      <p role="status">
        {active && feed.data?.createdAt
          ? t('feed.active', { date: formatDateTime(feed.data.createdAt, lang) })
          : t('feed.inactive')}
      </p>
      {url ? (
        <p>
          <label htmlFor="feed-url">{t('feed.url')}</label>
          <input id="feed-url" className="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={rotate.isPending}
          onClick={() =>
            rotate.mutate(wardId, {
              onSuccess: (f) => setUrl(f.path ? `${window.location.origin}${f.path}` : undefined),
            })
          }
        >
          {active ? t('feed.renew') : t('feed.issue')}
        </button>
        {active ? (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(undefined) })}
          >
            {t('feed.stop')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
