import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useDeleteMeeting, useMeeting } from '@/features/meetings/api/meetings';
import { MeetingDetails } from '@/features/meetings/components/meeting-details';
import { MeetingForm } from '@/features/meetings/components/meeting-form';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useT } from '@/lib/i18n';
import { crumbs, idRoute, Loaded } from './shared';

/** 会議の登録 (office): after saving, the meeting's page, where its agenda items are added. */
export function NewMeetingRoute() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Page
      title={t('meetings.newMeeting')}
      breadcrumbs={crumbs(t, { label: t('meetings.title'), to: '/meetings' }, { label: t('meetings.newMeeting') })}
    >
      <MeetingForm onSaved={(m) => navigate(`/meetings/${m.id}`)} onCancel={() => navigate('/meetings')} />
    </Page>
  );
}

export const MeetingRoute = idRoute(MeetingPage);

function MeetingPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const remove = useDeleteMeeting(id);
  const [editing, setEditing] = useState(false);
  return (
    <Loaded query={meeting}>
      {({ data: m, etag }) => (
        <Page
          title={m.displayName}
          breadcrumbs={crumbs(t, { label: t('meetings.title'), to: '/meetings' }, { label: m.displayName })}
          actions={
            m.permissions.canEdit && !editing ? (
              <>
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('form.edit')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    if (window.confirm(t('meetings.confirmDelete', { name: m.displayName }))) {
                      remove.mutate(etag, { onSuccess: () => navigate('/meetings') });
                    }
                  }}
                >
                  {t('meetings.deleteMeeting')}
                </Button>
              </>
            ) : null
          }
        >
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          {editing ? (
            <MeetingForm meeting={m} etag={etag} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
          ) : null}
          <MeetingDetails meeting={m} canAddItems={hasRole(me.data, ['ADMIN', 'OFFICE', 'DEPARTMENT'])} />
        </Page>
      )}
    </Loaded>
  );
}
