import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { MeetingAttendance } from '@/features/council-bodies/components/meeting-attendance';
import { MeetingAttendanceDownload } from '@/features/exports/components/export-buttons';
import { useDeleteMeeting, useMeeting } from '@/features/meetings/api/meetings';
import { MeetingDetails } from '@/features/meetings/components/meeting-details';
import { MeetingForm } from '@/features/meetings/components/meeting-form';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useT } from '@/lib/i18n';
import { positiveParam } from '@/lib/use-list-search';
import { crumbs, idRoute, Loaded } from './shared';
// the attendance section's words
import '@/features/council-bodies/i18n';

/**
 * 会議の登録 (office; `?body=`: opened from a body's page, which it is a meeting of): after saving, the meeting's page,
 * where its agenda items are added and its attendance recorded.
 */
export function NewMeetingRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <Page
      title={t('meetings.newMeeting')}
      breadcrumbs={crumbs(t, { label: t('meetings.title'), to: '/meetings' }, { label: t('meetings.newMeeting') })}
    >
      <MeetingForm
        bodyId={positiveParam(search, 'body')}
        onSaved={(m) => navigate(`/meetings/${m.id}`)}
        onCancel={() => navigate('/meetings')}
      />
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
          <Section id="meeting-attendance" title={t('council.attendance.title')}>
            <MeetingAttendance
              meetingId={id}
              transfer={
                hasRole(me.data, OFFICE_ROLES) ? (
                  <div className="council-transfer no-print">
                    <p className="field-hint">{t('council.attendance.transferHint')}</p>
                    <MeetingAttendanceDownload filter={{ meetingId: id }} />
                    <Link to="/import?dataset=meeting-attendance">{t('council.attendance.importLink')}</Link>
                  </div>
                ) : null
              }
            />
          </Section>
        </Page>
      )}
    </Loaded>
  );
}
