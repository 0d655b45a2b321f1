import { Link } from 'react-router';
import { MeetingLog } from '@/features/meetings/components/logs';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function MeetingsRoute() {
  const t = useT();
  const me = useMe();
  return (
    <MenuPage
      title={t('meetings.title')}
      actions={
        hasRole(me.data, OFFICE_ROLES) ? (
          <Link className="btn btn-primary" to="/meetings/new">
            {t('meetings.newMeeting')}
          </Link>
        ) : null
      }
    >
      <MeetingLog />
    </MenuPage>
  );
}
