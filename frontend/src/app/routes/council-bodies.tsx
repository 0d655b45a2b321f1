import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { QueryState } from '@/components/ui/query-state';
import { HistoryList } from '@/features/audit/components/history-list';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCouncilBody, useDeleteCouncilBody, useRoster, type Roster } from '@/features/council-bodies/api/council-bodies';
import { BodyMeetings } from '@/features/council-bodies/components/body-meetings';
import { CouncilBodyFacts } from '@/features/council-bodies/components/council-body-facts';
import { CouncilBodyForm } from '@/features/council-bodies/components/council-body-form';
import { CouncilBodyList } from '@/features/council-bodies/components/council-body-list';
import { MembersPanel } from '@/features/council-bodies/components/members-panel';
import { SeatsPanel } from '@/features/council-bodies/components/seats-panel';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useMe, type Role } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { pickLabel, useI18n, useT, type TFunction } from '@/lib/i18n';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded } from './shared';
import '@/features/council-bodies/i18n';

/*
 * 会議体と構成員: the bodies of the city-wide council, of the district councils and of the city, each with its seats and
 * their 定数, its members and their terms, its vacancies and its meetings with their attendance. Every staff role reads
 * them; the office sets a body up, and changes its seats and members as a liaison of the body's district may.
 */

const VIEWERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'];
/** Who may look a person's seats up across bodies (the API's rule). */
const PERSON_READERS: readonly Role[] = ['ADMIN', 'OFFICE', 'LIAISON'];

const LIST = '/council-bodies';
const bodyHref = (id: number) => `${LIST}/${id}`;

type Notice = { notice?: 'saved' | 'deleted' };

/** The pages under it, for the staff; anyone else reads who may. */
export function CouncilBodyViewersOnly() {
  const t = useT();
  return (
    <RequireRole roles={VIEWERS} fallback={<ForbiddenRoute lead={t('council.forbidden')} />}>
      <Outlet />
    </RequireRole>
  );
}

/** /council-bodies: the bodies, 地域側 then 市側, with 定数, 欠員 and 定足数. */
export function CouncilBodiesRoute() {
  const t = useT();
  const me = useMe();
  const deleted = ((useLocation().state ?? {}) as Notice).notice === 'deleted';
  const title = t('nav.councilBodies');
  return (
    <Page
      title={title}
      breadcrumbs={crumbs(t, { label: title })}
      actions={
        hasRole(me.data, OFFICE_ROLES) ? (
          <Link className="btn btn-primary" to={`${LIST}/new`}>
            {t('council.new')}
          </Link>
        ) : null
      }
    >
      {deleted ? <Alert tone="success">{t('council.deleted')}</Alert> : null}
      <p className="lead">{t('council.lead')}</p>
      <CouncilBodyList />
    </Page>
  );
}

/** 会議体の登録 (office); after saving, its page, where its seats and members are added. */
export function NewCouncilBodyRoute() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const title = t('council.form.newTitle');
  if (!hasRole(me.data, OFFICE_ROLES)) return <ForbiddenRoute lead={t('council.forbiddenWrite')} />;
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: t('nav.councilBodies'), to: LIST }, { label: title })}>
      <CouncilBodyForm
        onSaved={(b) => void navigate(bodyHref(b.id), { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(LIST)}
      />
    </Page>
  );
}

export const CouncilBodyRoute = idRoute(CouncilBodyPage);

/** Why the body could not be deleted, in words: a 409 means it still has meetings or seats. */
function deleteProblem(error: unknown, t: TFunction): string {
  return error instanceof ApiError && error.status === 409 ? t('council.deleteConflict') : problemMessage(error, t);
}

/** The words of what only this page knows in the body's history: a seat by its title, a name hidden as hidden. */
function bodyHistoryFormat(roster: Roster | undefined, t: TFunction) {
  const seats = new Map((roster?.seats ?? []).map((s) => [s.id, s.title]));
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (value === '***') return t('council.hiddenName');
    if (entityType === 'CouncilMember' && field === 'seatId' && typeof value === 'number') return seats.get(value);
    return undefined;
  };
}

function CouncilBodyPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const body = useCouncilBody(id);
  const roster = useRoster(id);
  const remove = useDeleteCouncilBody(id);
  const [saved, setSaved] = useState(state.notice === 'saved');
  const [editing, setEditing] = useState(false);
  const office = hasRole(me.data, OFFICE_ROLES);
  return (
    <Loaded query={body}>
      {({ data: b, etag }) => {
        const name = pickLabel(lang, { labelJa: b.nameJa, labelEn: b.nameEn });
        return (
          <Page
            title={name}
            breadcrumbs={crumbs(t, { label: t('nav.councilBodies'), to: LIST }, { label: name })}
            actions={
              office && !editing ? (
                <>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                  >
                    {t('council.editSettings')}
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t('council.confirmDelete', { name }))) {
                        remove.mutate(etag, {
                          onSuccess: () => void navigate(LIST, { state: { notice: 'deleted' } satisfies Notice }),
                        });
                      }
                    }}
                  >
                    {t('council.delete')}
                  </Button>
                </>
              ) : null
            }
          >
            {saved ? <Alert tone="success">{t('council.saved')}</Alert> : null}
            {remove.isError ? <Alert tone="error">{deleteProblem(remove.error, t)}</Alert> : null}
            {editing ? (
              <CouncilBodyForm
                key={etag}
                body={b}
                etag={etag}
                onReload={() => void body.refetch()}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <CouncilBodyFacts body={b} />
            )}
            <Section id="council-roster" title={t('council.roster.title')} className="council-section">
              <QueryState query={roster}>{(r) => <SeatsPanel roster={r} />}</QueryState>
            </Section>
            <Section id="council-members" title={t('council.members.title')} className="council-section">
              <QueryState query={roster}>{(r) => <MembersPanel roster={r} canSeePersons={hasRole(me.data, PERSON_READERS)} />}</QueryState>
            </Section>
            <Section id="council-meetings" title={t('council.meetings.title')} className="council-section">
              <BodyMeetings bodyId={id} />
              {office ? (
                <p>
                  <Link className="btn btn-secondary" to={`/meetings/new?body=${id}`}>
                    {t('council.meetings.new')}
                  </Link>
                </p>
              ) : null}
            </Section>
            <Section id="council-history" title={t('history.title')} className="council-section no-print">
              <HistoryList subject={{ type: 'councilBody', id }} format={bodyHistoryFormat(roster.data, t)} />
            </Section>
            <p className="no-print">
              <Link to={LIST}>{t('council.backToList')}</Link>
            </p>
          </Page>
        );
      }}
    </Loaded>
  );
}
