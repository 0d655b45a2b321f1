import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { HistoryList } from '@/features/audit/components/history-list';
import { RequireRole } from '@/features/auth/components/require-role';
import { useDeleteSupportEvent, useSupportEvent } from '@/features/support-events/api/support-events';
import { AttendanceEditor } from '@/features/support-events/components/attendance-editor';
import { AttendanceTable, EventFacts } from '@/features/support-events/components/event-details';
import { EventFiles } from '@/features/support-events/components/event-files';
import { EventForm } from '@/features/support-events/components/event-form';
import { EventList } from '@/features/support-events/components/event-list';
import { problemMessage } from '@/lib/api-error';
import { useMe, type Me, type Role } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n, useT, type Lang, type TFunction } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { fiscalYearOf } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { SupportEvent } from '@/features/support-events/api/support-events';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded } from './shared';
import '@/features/support-events/i18n';

/*
 * 研修・説明会 (trainings, briefings, forums) for the staff: the year's list, an event's page with its attendance by
 * district, the form that records a district's 申込・出席, its materials and history, and the form to add or change
 * one. Every staff role reads them; the office and the organizing section manage an event, a liaison records the
 * attendance of their own districts.
 */

/** Who reads the events (the committee does not). */
const EVENT_VIEWERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'];

const LIST = '/support-events';
const eventHref = (id: number) => `${LIST}/${id}`;
const listHref = (fiscalYear: number) => `${LIST}?fy=${fiscalYear}`;

type Notice = { notice?: 'saved' | 'deleted' };

/** The pages under it, for the roles that read events; anyone else reads who may. */
export function EventViewersOnly() {
  const t = useT();
  return (
    <RequireRole roles={EVENT_VIEWERS} fallback={<ForbiddenRoute lead={t('event.forbidden')} />}>
      <Outlet />
    </RequireRole>
  );
}

/** The office adds any event; a section's user the events of their own section. */
export function canAddEvents(me: Me | null | undefined): boolean {
  return hasRole(me, OFFICE_ROLES) || (me?.role === 'DEPARTMENT' && me.sectionId !== undefined);
}

/** /support-events: the year's trainings and events. */
export function SupportEventsRoute() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const deleted = ((location.state ?? {}) as Notice).notice === 'deleted';
  const title = t('event.nav');
  return (
    <Page
      title={title}
      breadcrumbs={crumbs(t, { label: title })}
      actions={
        canAddEvents(me.data) ? (
          <Link className="btn btn-primary" to={`${LIST}/new`}>
            {t('event.new')}
          </Link>
        ) : null
      }
    >
      {deleted ? <Alert tone="success">{t('event.deleted')}</Alert> : null}
      <p className="lead">{t('event.lead')}</p>
      <EventList />
    </Page>
  );
}

/** 研修・説明会の登録; after saving, the event's page. */
export function NewSupportEventRoute() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const title = t('event.form.newTitle');
  if (!canAddEvents(me.data)) return <ForbiddenRoute lead={t('event.forbiddenWrite')} />;
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: t('event.nav'), to: LIST }, { label: title })}>
      <EventForm
        onSaved={(e) => void navigate(eventHref(e.id), { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(LIST)}
      />
    </Page>
  );
}

export const SupportEventRoute = idRoute(SupportEventPage);

type AuditedRow = { districtId?: number; organizationId?: number | null; registered?: number; attended?: number | null };

/**
 * How the event's history writes what only this page knows: the attendance rows as lines (校区・団体: 申込・出席, by
 * name), the program by its name, the capacity in people.
 */
function eventHistoryFormat(e: SupportEvent, districtName: (id: number) => string | undefined, t: TFunction, lang: Lang) {
  const organizations = new Map(e.attendance.flatMap((r) => (r.organizationId !== null && r.organizationName ? [[r.organizationId, r.organizationName]] : [])));
  const count = (n: number | null | undefined) => (n === null || n === undefined ? t('event.attendance.notTaken') : formatNumber(n, lang));
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (entityType !== 'SupportEvent' || value === null || value === undefined) return undefined;
    if (field === 'attendance' && Array.isArray(value)) {
      if (value.length === 0) return '—';
      return (value as AuditedRow[])
        .map((r) => {
          const district = (r.districtId !== undefined ? districtName(r.districtId) : undefined) ?? t('history.unnamed');
          const who =
            r.organizationId === null || r.organizationId === undefined
              ? t('event.attendance.wholeDistrict')
              : (organizations.get(r.organizationId) ?? t('event.attendance.organization'));
          return t('event.history.row', { district, who, registered: count(r.registered), attended: count(r.attended) });
        })
        .join('\n');
    }
    if (field === 'programId' && value === e.programId && e.programName) return e.programName;
    if (field === 'capacity' && typeof value === 'number') return t('event.people', { n: formatNumber(value, lang) });
    return undefined;
  };
}

function SupportEventPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const districts = useAllDistricts();
  const districtName = (d: number) => districts.data?.find((x) => x.id === d)?.name;
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const event = useSupportEvent(id);
  const remove = useDeleteSupportEvent(id);
  const [saved] = useState(state.notice === 'saved');
  return (
    <Loaded query={event}>
      {({ data: e, etag }) => (
        <Page
          title={e.title}
          breadcrumbs={crumbs(t, { label: t('event.nav'), to: listHref(e.fiscalYear) }, { label: e.title })}
          actions={
            e.permissions.canManage ? (
              <>
                <Link className="btn btn-secondary" to={`${eventHref(id)}/edit`}>
                  {t('form.edit')}
                </Link>
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('event.confirmDelete', { name: e.title }))) {
                      remove.mutate(etag, {
                        onSuccess: () => void navigate(listHref(e.fiscalYear), { state: { notice: 'deleted' } satisfies Notice }),
                      });
                    }
                  }}
                >
                  {t('event.delete')}
                </Button>
              </>
            ) : null
          }
        >
          {saved ? <Alert tone="success">{t('event.saved')}</Alert> : null}
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          <EventFacts event={e} />
          <Section id="event-attendance" title={t('event.attendance.title')} className="event-section">
            <AttendanceTable event={e} />
          </Section>
          {e.permissions.canRecordAttendance ? (
            <Section id="event-record" title={t('event.attendance.recordTitle')} className="event-section no-print">
              <AttendanceEditor event={e} etag={etag} onReload={() => void event.refetch()} />
            </Section>
          ) : null}
          <Section id="event-files" title={t('event.files.title')} className="event-section">
            <EventFiles event={e} />
          </Section>
          <Section id="event-history" title={t('history.title')} className="event-section no-print">
            <HistoryList subject={{ type: 'supportEvent', id }} format={eventHistoryFormat(e, districtName, t, lang)} />
          </Section>
          <p className="no-print">
            <Link to={listHref(e.fiscalYear)}>{t('event.backToList')}</Link>
          </p>
        </Page>
      )}
    </Loaded>
  );
}

export const EditSupportEventRoute = idRoute(EditSupportEventPage);

function EditSupportEventPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const event = useSupportEvent(id);
  return (
    <Loaded query={event}>
      {({ data: e, etag }) =>
        e.permissions.canManage ? (
          <Page
            title={t('event.form.editTitle', { name: e.title })}
            breadcrumbs={crumbs(
              t,
              { label: t('event.nav'), to: listHref(fiscalYearOf(e.heldOn)) },
              { label: e.title, to: eventHref(id) },
              { label: t('form.edit') },
            )}
          >
            <EventForm
              key={etag}
              event={e}
              etag={etag}
              onReload={() => void event.refetch()}
              onSaved={() => void navigate(eventHref(id), { state: { notice: 'saved' } satisfies Notice })}
              onCancel={() => void navigate(eventHref(id))}
            />
          </Page>
        ) : (
          <ForbiddenRoute lead={t('event.forbiddenWrite')} />
        )
      }
    </Loaded>
  );
}
