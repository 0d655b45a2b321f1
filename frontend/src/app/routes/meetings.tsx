import { MeetingLog } from '@/features/meetings/components/logs';
import { useT } from '@/lib/i18n';
import { MenuPage } from './shared';

export function MeetingsRoute() {
  const t = useT();
  return (
    <MenuPage title={t('meetings.title')}>
      <MeetingLog />
    </MenuPage>
  );
}
