import './notifications.css';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n';
import { useUnreadCount } from '../api/notifications';

/** The bell in the header: a link to the notifications with the unread count in its accessible name. */
export function NotificationBell() {
  const t = useT();
  const unread = useUnreadCount();
  const n = unread.data?.unread ?? 0;
  return (
    <Link to="/notifications" className="notification-bell" aria-label={t('notice.bell', { count: n })}>
      <span aria-hidden="true">🔔</span>
      {n > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {n > 99 ? '99+' : n}
        </span>
      ) : null}
    </Link>
  );
}
