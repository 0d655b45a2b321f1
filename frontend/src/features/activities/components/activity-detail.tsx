import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Fact } from '@/components/ui/facts';
import { QueryError } from '@/components/ui/query-error';
import { useI18n } from '@/lib/i18n';
import { saveFile } from '@/utils/download';
import { formatDateTime, formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import {
  downloadAttachment,
  useAttachments,
  useDeleteAttachment,
  useSetFollowUpStatus,
  useUploadAttachment,
  type Activity,
} from '../api/activities';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx';

/** One activity record: what, when, where, who, the summary, its follow-ups (marked done here) and its files. */
export function ActivityDetail({ activity, etag }: { activity: Activity; etag: string }) {
  const { t, lang } = useI18n();
  const today = isoDate();
  const status = useSetFollowUpStatus(activity.id);
  const time = [activity.startsAt, activity.endsAt].filter(Boolean).join('〜');
  return (
    <>
      <dl className="facts">
        <Fact label={t('activity.type')}>{t(`activity.type.${activity.type}`)}</Fact>
        <Fact label={t('activity.occurredOn')}>
          {formatWarekiDate(activity.occurredOn, lang)}
          {time ? ` ${time}` : ''}
        </Fact>
        <Fact label={t('activity.districts')}>{activity.districts.map((d) => d.name).join('、')}</Fact>
        {activity.organizations.length > 0 ? (
          <Fact label={t('activity.organizations')}>{activity.organizations.map((o) => o.name).join('、')}</Fact>
        ) : null}
        {activity.staff.length > 0 ? <Fact label={t('activity.staff')}>{activity.staff.map((s) => s.name).join('、')}</Fact> : null}
        {activity.sections.length > 0 ? (
          <Fact label={t('activity.sections')}>{activity.sections.map((s) => s.name).join('、')}</Fact>
        ) : null}
        <Fact label={t('activity.createdBy')}>{activity.createdByName}</Fact>
        <Fact label={t('activity.updatedAt')}>{formatDateTime(activity.updatedAt, lang)}</Fact>
        <Fact label={t('activity.summary')} wide className="prewrap">
          {activity.summary}
        </Fact>
      </dl>
      <Section id="activity-follow-ups" title={t('activity.followUps')}>
        {status.error ? <QueryError error={status.error} /> : null}
        {activity.followUps.length === 0 ? (
          <p>{t('activity.noFollowUps')}</p>
        ) : (
          <ul className="card-list">
            {activity.followUps.map((f) => {
              const overdue = f.status === 'OPEN' && f.dueOn !== undefined && f.dueOn < today;
              return (
                <li key={f.id} className="card">
                  <p>
                    <strong>{f.description}</strong>
                  </p>
                  <p>
                    {t('followUp.responsible')}: {f.responsibleName ?? '—'} ／ {t('followUp.dueOn')}:{' '}
                    {f.dueOn ? formatWarekiDate(f.dueOn, lang) : '—'}{' '}
                    {overdue ? <span className="badge badge-warn">{t('followUp.overdue')}</span> : null}
                  </p>
                  <p>
                    {f.status === 'DONE' && f.doneOn
                      ? t('followUp.doneOn', { date: formatWarekiDate(f.doneOn, lang) })
                      : t('followUp.OPEN')}{' '}
                    <Button
                      variant="secondary"
                      disabled={status.isPending}
                      onClick={() =>
                        status.mutate({ followUpId: f.id, status: f.status === 'DONE' ? 'OPEN' : 'DONE', etag })
                      }
                    >
                      {f.status === 'DONE' ? t('followUp.reopen') : t('followUp.markDone')}
                      <span className="visually-hidden">: {f.description}</span>
                    </Button>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Attachments activity={activity} />
      <p>
        <Link to="/activities">{t('activity.list')}</Link>
      </p>
    </>
  );
}

function Attachments({ activity }: { activity: Activity }) {
  const { t, lang } = useI18n();
  const list = useAttachments(activity.id);
  const upload = useUploadAttachment(activity.id);
  const remove = useDeleteAttachment(activity.id);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const canEdit = activity.permissions.canEdit;
  return (
    <Section id="activity-attachments" title={t('activity.attachments')}>
      {list.data && list.data.length === 0 ? <p>{t('attachment.none')}</p> : null}
      <ul>
        {(list.data ?? []).map((a) => (
          <li key={a.id}>
            <Button
              variant="link"
              onClick={() =>
                void downloadAttachment(activity.id, a.id).then((f) => saveFile(f.blob, f.filename ?? a.filename))
              }
              aria-label={t('attachment.download', { name: a.filename })}
            >
              {a.filename}
            </Button>{' '}
            <span className="muted">
              ({Math.ceil(a.sizeBytes / 1024).toLocaleString(lang)} KB, {formatDateTime(a.uploadedAt, lang)})
            </span>{' '}
            {canEdit ? (
              <Button variant="secondary" onClick={() => remove.mutate(a.id)} aria-label={t('attachment.delete', { name: a.filename })}>
                {t('activity.pending.discard')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          className="form inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            upload.mutate(file, {
              onSuccess: () => {
                setFile(undefined);
                if (input.current) input.current.value = '';
              },
            });
          }}
        >
          <label className="field">
            <span className="field-label">{t('attachment.choose')}</span>
            <span className="field-hint">{t('attachment.hint')}</span>
            <input ref={input} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0])} />
          </label>
          <Button type="submit" disabled={!file || upload.isPending}>
            {t('attachment.upload')}
          </Button>
          {upload.error ? (
            <Alert tone="error">{upload.error instanceof Error ? upload.error.message : String(upload.error)}</Alert>
          ) : null}
        </form>
      ) : null}
    </Section>
  );
}
