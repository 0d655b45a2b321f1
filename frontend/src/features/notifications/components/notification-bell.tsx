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
      {/* drawn, not an emoji: an office PC or a headless browser may have no emoji font */}
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" className="notification-bell-icon">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"
        />
      </svg>
      {n > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {n > 99 ? '99+' : n}
        </span>
      ) : null}
    </Link>
  );
}
