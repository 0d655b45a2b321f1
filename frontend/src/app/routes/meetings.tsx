import { Page } from '@/components/layout/page';
import { MeetingLog } from '@/features/meetings/components/logs';
import { useT } from '@/lib/i18n';

export function MeetingsRoute() {
  const t = useT();
  return (
    <Page title={t('meetings.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('meetings.title') }]}>
      <MeetingLog />
    </Page>
  );
}
