import { useMemo, useState } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextAreaField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { StaleAlert } from '@/components/ui/stale-alert';
import { ApiError, problemMessage } from '@/lib/api-error';
import { focusAfterSave, optional, useVersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { useChangePostStatus, type VolunteerPost, type VolunteerPostStatus } from '../api/volunteers';
import { postState } from '../utils/labels';
import { PostStatusBadge } from './status-badge';
import './volunteers.css';
import '../i18n';

const MAX_NOTE = 1000;

type Open = 'return' | 'close' | undefined;

const DONE: Record<VolunteerPostStatus, MessageKey | undefined> = {
  DRAFT: undefined,
  SUBMITTED: 'volunteer.done.SUBMITTED',
  APPROVED: 'volunteer.done.APPROVED',
  RETURNED: 'volunteer.done.RETURNED',
  CLOSED: 'volunteer.done.CLOSED',
};

/**
 * Where a post stands and the step the caller may take now: 承認を申請 (the writer, a draft or a returned post), 承認
 * or 差戻し with a note saying what to change (the office, a post waiting for approval), 募集を終了 (an open post, with
 * an optional reason). A returned post shows the office's note. Each step is sent with the post's ETag; a 412 offers
 * the post as it now stands.
 */
export function PostStatus({ post, etag, onReload }: { post: VolunteerPost; etag: string; onReload: () => void }) {
  const { t, lang } = useI18n();
  const change = useChangePostStatus(post.id);
  const [open, setOpen] = useState<Open>(undefined);
  const [done, setDone] = useState<MessageKey | undefined>(undefined);
  const state = postState(post);
  const p = post.permissions;
  const move = (status: VolunteerPostStatus) => {
    setDone(undefined);
    change.mutate(
      { status, etag },
      {
        onSuccess: () => {
          setDone(DONE[status]);
          focusAfterSave();
        },
      },
    );
  };
  const finish = (status: VolunteerPostStatus) => {
    setOpen(undefined);
    setDone(DONE[status]);
  };
  const failure = change.error;
  const explain: Record<typeof state, string> = {
    DRAFT: t('volunteer.explain.DRAFT'),
    SUBMITTED: t('volunteer.explain.SUBMITTED'),
    PUBLISHED: t('volunteer.explain.PUBLISHED', { date: formatWarekiDate(post.closesOn, lang) }),
    EXPIRED: t('volunteer.explain.EXPIRED'),
    RETURNED: t('volunteer.explain.RETURNED'),
    CLOSED: t('volunteer.explain.CLOSED'),
  };
  const anyAction = p.canSubmit || p.canApprove || p.canClose;
  // sentences follow one another without a space in Japanese
  const gap = lang === 'ja' ? '' : ' ';
  return (
    <section className={`volunteer-status-box is-${state.toLowerCase()}`} aria-labelledby="volunteer-status-heading">
      <h2 id="volunteer-status-heading" className="visually-hidden">
        {t('volunteer.status')}
      </h2>
      <p data-testid="volunteer-status">
        <strong>{t('volunteer.status')}: </strong>
        <PostStatusBadge post={post} />
      </p>
      <p>
        {explain[state]}
        {p.canSubmit && (state === 'DRAFT' || state === 'RETURNED') ? `${gap}${t(state === 'DRAFT' ? 'volunteer.todo.DRAFT' : 'volunteer.todo.RETURNED')}` : null}
        {p.canApprove ? `${gap}${t('volunteer.todo.SUBMITTED')}` : null}
      </p>
      {post.statusNote && (post.status === 'RETURNED' || post.status === 'CLOSED') ? (
        <div className="volunteer-note" data-testid="volunteer-status-note">
          <strong>{t('volunteer.statusNote')}: </strong>
          {post.statusNote}
        </div>
      ) : null}
      {done ? <Alert tone="success">{t(done)}</Alert> : null}
      {/* 409: the post moved on meanwhile (its step is no longer allowed), as a 412 says: load it as it now stands */}
      {failure instanceof ApiError && (failure.status === 412 || failure.status === 409) ? (
        <StaleAlert
          onReload={() => {
            change.reset();
            onReload();
          }}
        />
      ) : failure instanceof ApiError && failure.problem.errors?.some((e) => e.code === 'Closed') ? (
        <Alert tone="error">{t('volunteer.closedPassed')}</Alert>
      ) : failure ? (
        <Alert tone="error">{problemMessage(failure, t)}</Alert>
      ) : null}
      {anyAction && open === undefined ? (
        <div className="volunteer-actions" role="group" aria-label={t('volunteer.actionsLabel')}>
          {p.canSubmit ? (
            <Button disabled={change.isPending} onClick={() => move('SUBMITTED')}>
              {t('volunteer.action.submit')}
            </Button>
          ) : null}
          {p.canApprove ? (
            <>
              <Button disabled={change.isPending} onClick={() => move('APPROVED')}>
                {t('volunteer.action.approve')}
              </Button>
              <Button
                variant="secondary"
                disabled={change.isPending}
                onClick={() => {
                  setDone(undefined);
                  change.reset();
                  setOpen('return');
                }}
              >
                {t('volunteer.action.return')}
              </Button>
            </>
          ) : null}
          {p.canClose ? (
            <Button
              variant="secondary"
              disabled={change.isPending}
              onClick={() => {
                setDone(undefined);
                change.reset();
                setOpen('close');
              }}
            >
              {t('volunteer.action.close')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {open !== undefined ? (
        <NoteForm
          key={open}
          post={post}
          etag={etag}
          to={open === 'return' ? 'RETURNED' : 'CLOSED'}
          onDone={finish}
          onCancel={() => setOpen(undefined)}
          onReload={onReload}
        />
      ) : null}
    </section>
  );
}

/** 差戻し (a note saying what to change, required) or 募集を終了 (a reason, optional), opened in place. */
function NoteForm({
  post,
  etag,
  to,
  onDone,
  onCancel,
  onReload,
}: {
  post: VolunteerPost;
  etag: string;
  to: 'RETURNED' | 'CLOSED';
  onDone: (status: VolunteerPostStatus) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const change = useChangePostStatus(post.id);
  const returning = to === 'RETURNED';
  const schema = useMemo(
    () =>
      z.object({
        note: returning
          ? z.string().trim().min(1, t('form.requiredMissing')).max(MAX_NOTE, t('volunteer.form.tooLong', { max: MAX_NOTE }))
          : z.string().trim().max(MAX_NOTE, t('volunteer.form.tooLong', { max: MAX_NOTE })),
      }),
    [returning, t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { note: '' },
    etag,
    submit: (v, meta) => change.mutateAsync({ status: to, note: optional(v.note), etag: meta.etag ?? '' }),
    onSaved: () => onDone(to),
    reload: async () => {
      onReload();
      onCancel();
    },
  });
  return (
    <FormPanel form={vf} title={returning ? t('volunteer.returnTitle') : t('volunteer.closeTitle')}>
      <FormAlert form={vf} />
      <p>{returning ? t('volunteer.returnLead') : t('volunteer.closeLead')}</p>
      <FormTextAreaField
        form={vf}
        name="note"
        label={returning ? t('volunteer.returnNote') : t('volunteer.closeNote')}
        rows={3}
        required={returning}
        maxLength={MAX_NOTE}
      />
      <FormActions
        saving={vf.saving}
        disabled={vf.stale}
        label={returning ? t('volunteer.returnSubmit') : t('volunteer.closeSubmit')}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
