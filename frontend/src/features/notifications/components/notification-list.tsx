import { Link, useSearchParams } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { isMessageKey, useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api/notifications';

/** お知らせ: unread first, each with a link to where it happened and a button to mark it read. */
export function NotificationList() {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const list = useNotifications(page);
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  return (
    <>
      <p role="status">{t('notice.unread', { count: unread.data?.unread ?? 0 })}</p>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={markAll.isPending || (unread.data?.unread ?? 0) === 0}
        onClick={() => markAll.mutate()}
      >
        {t('notice.markAll')}
      </button>
      <QueryState query={list} isEmpty={(d) => d.items.length === 0} empty={<p>{t('notice.none')}</p>}>
        {(data) => (
          <>
            <ul className="notification-list">
              {data.items.map((n) => {
                const key = `notice.kind.${n.kind}`;
                const what = isMessageKey(key) ? t(key) : t('notice.kind.OTHER');
                return (
                  <li key={n.id} className={n.readAt ? 'is-read' : 'is-unread'}>
                    <span className="notification-what">
                      {n.readAt ? null : <span className="badge">{t('notice.new')}</span>} {what}
                    </span>{' '}
                    <Link to={n.link} onClick={() => (n.readAt ? undefined : markRead.mutate(n.id))}>
                      {n.title}
                    </Link>{' '}
                    <span className="muted">{formatDateTime(n.createdAt, lang)}</span>{' '}
                    {n.readAt ? null : (
                      <button
                        type="button"
                        className="btn btn-link"
                        disabled={markRead.isPending}
                        onClick={() => markRead.mutate(n.id)}
                      >
                        {t('notice.markRead')}
                        <span className="visually-hidden">: {n.title}</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            <Pagination page={data.page} size={data.size} total={data.total} />
          </>
        )}
      </QueryState>
    </>
  );
}
