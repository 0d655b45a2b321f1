import './activities.css';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/layout/section';
import { outbox, useActivity, useOutboxSync, type Activity, type ActivityInput } from '@/features/activities/api/activities';
import { ActivityDetail } from '@/features/activities/components/activity-detail';
import { ActivityForm } from '@/features/activities/components/activity-form';
import { ActivityLog } from '@/features/activities/components/activity-log';
import { ActivityWeek, addDays, mondayOf } from '@/features/activities/components/activity-week';
import { PendingActivities } from '@/features/activities/components/pending-activities';
import { HistoryList, type People } from '@/features/audit/components/history-list';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n, useT } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { crumbs, idRoute, Loaded, MenuPage } from './shared';

type Notice = { notice?: 'saved' | 'kept' };
type Fix = { fix?: { key: string; body: ActivityInput } };

function useCanWrite() {
  return hasRole(useMe().data, ['ADMIN', 'OFFICE', 'LIAISON']);
}

/** 活動記録: the log with its filters, and what waits on this device to be sent. */
export function ActivitiesRoute() {
  const t = useT();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const canWrite = useCanWrite();
  useOutboxSync();
  return (
    <MenuPage
      title={t('activity.title')}
      actions={
        <>
          <Link to="/activities/week" className="btn btn-secondary">
            {t('activity.week')}
          </Link>{' '}
          {canWrite ? (
            <Link to="/activities/new" className="btn btn-primary">
              {t('activity.new')}
            </Link>
          ) : null}
        </>
      }
    >
      {state.notice === 'kept' ? (
        <Alert tone="warning">{t('activity.savedOffline')}</Alert>
      ) : state.notice === 'saved' ? (
        <Alert tone="success">{t('activity.saved')}</Alert>
      ) : null}
      <PendingActivities onFix={(item) => void navigate('/activities/new', { state: { fix: item } satisfies Fix })} />
      <ActivityLog />
    </MenuPage>
  );
}

export function NewActivityRoute() {
  const t = useT();
  const navigate = useNavigate();
  const fix = ((useLocation().state ?? {}) as Fix).fix;
  useOutboxSync();
  return (
    <Page
      title={t('activity.new')}
      breadcrumbs={crumbs(t, { label: t('activity.title'), to: '/activities' }, { label: t('activity.new') })}
    >
      <ActivityForm
        initial={fix?.body}
        onSaved={(a) => {
          if (fix) outboxRemove(fix.key);
          void navigate(`/activities/${a.id}`, { state: { notice: 'saved' } satisfies Notice });
        }}
        onKept={() => {
          if (fix) outboxRemove(fix.key);
          void navigate('/activities', { state: { notice: 'kept' } satisfies Notice });
        }}
        onCancel={() => void navigate('/activities')}
      />
    </Page>
  );
}

function outboxRemove(key: string) {
  outbox().remove(key);
}

/** The people the record names by account, for history entries that name only the account. */
function peopleOf(a: Activity): People {
  const names = new Map<number, string>();
  for (const s of a.staff) if (s.userId !== undefined && s.name) names.set(s.userId, s.name);
  for (const f of a.followUps) if (f.responsibleId !== undefined && f.responsibleName) names.set(f.responsibleId, f.responsibleName);
  return (id) => names.get(id);
}

export const ActivityRoute = idRoute(ActivityPage);

function ActivityPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const activity = useActivity(id);
  const state = (useLocation().state ?? {}) as Notice;
  return (
    <Loaded query={activity}>
      {({ data: a, etag }) => {
        const title = `${t(`activity.type.${a.type}`)} ${formatWarekiDate(a.occurredOn, lang)}`;
        return (
          <Page
            title={title}
            breadcrumbs={crumbs(t, { label: t('activity.title'), to: '/activities' }, { label: title })}
            actions={
              a.permissions.canEdit ? (
                <Link to={`/activities/${id}/edit`} className="btn btn-secondary">
                  {t('activity.editLink')}
                </Link>
              ) : null
            }
          >
            {state.notice === 'saved' ? <Alert tone="success">{t('activity.saved')}</Alert> : null}
            <ActivityDetail activity={a} etag={etag} />
            <Section id="activity-history" title={t('history.title')} className="no-print">
              <HistoryList subject={{ type: 'activity', id }} people={peopleOf(a)} />
            </Section>
          </Page>
        );
      }}
    </Loaded>
  );
}

export const EditActivityRoute = idRoute(EditActivityPage);

function EditActivityPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const activity = useActivity(id);
  return (
    <Loaded query={activity}>
      {({ data: a, etag }) => (
        <Page
          title={t('activity.edit')}
          breadcrumbs={crumbs(
            t,
            { label: t('activity.title'), to: '/activities' },
            { label: t(`activity.type.${a.type}`), to: `/activities/${id}` },
            { label: t('form.edit') },
          )}
        >
          <ActivityForm
            key={etag}
            activity={a}
            etag={etag}
            onSaved={() => void navigate(`/activities/${id}`, { state: { notice: 'saved' } satisfies Notice })}
            onKept={() => undefined}
            onCancel={() => void navigate(`/activities/${id}`)}
          />
        </Page>
      )}
    </Loaded>
  );
}

/** 週表示: one's own records, Monday to Sunday; ?start=yyyy-mm-dd picks the week. */
export function ActivityWeekRoute() {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const start = search.get('start');
  const monday = mondayOf(start && /^\d{4}-\d{2}-\d{2}$/.test(start) ? start : isoDate());
  return (
    <Page
      title={t('activity.week')}
      breadcrumbs={crumbs(t, { label: t('activity.title'), to: '/activities' }, { label: t('activity.week') })}
    >
      <nav className="week-nav" aria-label={t('activity.weekOf', { date: formatWarekiDate(monday, lang) })}>
        <Link to={`/activities/week?start=${addDays(monday, -7)}`}>{t('activity.prevWeek')}</Link>{' '}
        <Link to="/activities/week">{t('activity.thisWeek')}</Link>{' '}
        <Link to={`/activities/week?start=${addDays(monday, 7)}`}>{t('activity.nextWeek')}</Link>
      </nav>
      <ActivityWeek monday={monday} />
    </Page>
  );
}
