import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { HistoryList } from '@/features/audit/components/history-list';
import { useDeleteVolunteerPost, useVolunteerPost, type VolunteerPost } from '@/features/volunteers/api/volunteers';
import { InquiryList } from '@/features/volunteers/components/inquiry-list';
import { PostFacts } from '@/features/volunteers/components/post-details';
import { PostForm } from '@/features/volunteers/components/post-form';
import { PostList } from '@/features/volunteers/components/post-list';
import { PostStatus } from '@/features/volunteers/components/post-status';
import { problemMessage } from '@/lib/api-error';
import { useMe, type Me } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n, useT, type Lang, type TFunction } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded } from './shared';
import '@/features/volunteers/i18n';

/*
 * ボランティア募集 for the staff: the list of every call (drafts included), a call's page with where it stands and the
 * step the caller may take (申請, 承認・差戻し, 終了), its inquiries for the office and the district's liaisons with
 * whether each reached the council, its history, and the form to write or change one. Every signed-in role reads
 * them; the office and the district's liaisons write them, the office approves.
 */

const LIST = '/volunteer-posts';
const postHref = (id: number) => `${LIST}/${id}`;

type Notice = { notice?: 'saved' | 'deleted' };

/** The office writes any call; a liaison the calls of their districts. */
export function canWritePosts(me: Me | null | undefined): boolean {
  return hasRole(me, OFFICE_ROLES) || (me?.role === 'LIAISON' && me.districtIds.length > 0);
}

/** /volunteer-posts: every call, filtered by state, ward, district and text. */
export function VolunteerPostsRoute() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const deleted = ((location.state ?? {}) as Notice).notice === 'deleted';
  const title = t('nav.volunteers');
  return (
    <Page
      title={title}
      breadcrumbs={crumbs(t, { label: title })}
      actions={
        canWritePosts(me.data) ? (
          <Link className="btn btn-primary" to={`${LIST}/new`}>
            {t('volunteer.new')}
          </Link>
        ) : null
      }
    >
      {deleted ? <Alert tone="success">{t('volunteer.deleted')}</Alert> : null}
      <p className="lead">{t('volunteer.lead')}</p>
      <PostList />
    </Page>
  );
}

/** 募集を作成; after saving, the call's page. */
export function NewVolunteerPostRoute() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const title = t('volunteer.form.newTitle');
  if (!me.data) return null;
  if (!canWritePosts(me.data)) return <ForbiddenRoute lead={t('volunteer.forbiddenWrite')} />;
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: t('nav.volunteers'), to: LIST }, { label: title })}>
      <PostForm
        onSaved={(p) => void navigate(postHref(p.id), { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(LIST)}
      />
    </Page>
  );
}

export const VolunteerPostRoute = idRoute(VolunteerPostPage);

/** How the history writes what only this page knows: 募集人数 in people, the time an inquiry was passed on. */
function postHistoryFormat(t: TFunction, lang: Lang) {
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (entityType === 'VolunteerPost' && field === 'wanted' && typeof value === 'number') {
      return t('volunteer.history.wanted', { n: formatNumber(value, lang) });
    }
    if (entityType === 'VolunteerInquiry' && field === 'relayedAt' && typeof value === 'string') return formatDateTime(value, lang);
    return undefined;
  };
}

/** Whether 削除 is offered: the writer of a call without inquiries (a published call: the office only). */
function canDelete(p: VolunteerPost): boolean {
  return p.permissions.canEdit && p.inquiryCount === 0;
}

function VolunteerPostPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const post = useVolunteerPost(id);
  const remove = useDeleteVolunteerPost(id);
  const [saved] = useState(state.notice === 'saved');
  return (
    <Loaded query={post}>
      {({ data: p, etag }) => (
        <Page
          title={p.title}
          breadcrumbs={crumbs(t, { label: t('nav.volunteers'), to: LIST }, { label: p.title })}
          actions={
            <>
              {p.published ? (
                <Link className="btn btn-secondary" to={`/public/volunteers/${p.id}`}>
                  {t('volunteer.publicPage')}
                </Link>
              ) : null}
              {p.permissions.canEdit ? (
                <Link className="btn btn-secondary" to={`${postHref(id)}/edit`}>
                  {t('form.edit')}
                </Link>
              ) : null}
              {canDelete(p) ? (
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('volunteer.confirmDelete', { title: p.title }))) {
                      remove.mutate(etag, {
                        onSuccess: () => void navigate(LIST, { state: { notice: 'deleted' } satisfies Notice }),
                      });
                    }
                  }}
                >
                  {t('volunteer.delete')}
                </Button>
              ) : null}
            </>
          }
        >
          {saved ? <Alert tone="success">{t('volunteer.saved')}</Alert> : null}
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          <PostStatus post={p} etag={etag} onReload={() => void post.refetch()} />
          <PostFacts post={p} />
          {p.permissions.canReadInquiries ? (
            <Section
              id="volunteer-inquiries"
              title={`${t('volunteer.inquiries.title')} ${t('volunteer.inquiries.summary', {
                count: formatNumber(p.inquiryCount, lang),
                unrelayed: formatNumber(p.unrelayedCount, lang),
              })}`}
              className="volunteer-section"
            >
              <InquiryList post={p} />
            </Section>
          ) : null}
          <Section id="volunteer-history" title={t('history.title')} className="volunteer-section">
            <HistoryList subject={{ type: 'volunteerPost', id }} format={postHistoryFormat(t, lang)} />
          </Section>
          <p>
            <Link to={LIST}>{t('volunteer.backToList')}</Link>
          </p>
        </Page>
      )}
    </Loaded>
  );
}

export const EditVolunteerPostRoute = idRoute(EditVolunteerPostPage);

function EditVolunteerPostPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const post = useVolunteerPost(id);
  return (
    <Loaded query={post}>
      {({ data: p, etag }) =>
        p.permissions.canEdit ? (
          <Page
            title={t('volunteer.form.editTitle', { title: p.title })}
            breadcrumbs={crumbs(t, { label: t('nav.volunteers'), to: LIST }, { label: p.title, to: postHref(id) }, { label: t('form.edit') })}
          >
            <PostForm
              key={etag}
              post={p}
              etag={etag}
              onReload={() => void post.refetch()}
              onSaved={() => void navigate(postHref(id), { state: { notice: 'saved' } satisfies Notice })}
              onCancel={() => void navigate(postHref(id))}
            />
          </Page>
        ) : (
          <ForbiddenRoute lead={t('volunteer.forbiddenWrite')} />
        )
      }
    </Loaded>
  );
}
