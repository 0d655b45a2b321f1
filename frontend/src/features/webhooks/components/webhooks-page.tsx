import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import {
  PAGE_SIZE,
  useReplayDelivery,
  useRotateSecret,
  useSetActive,
  useWebhookDeliveries,
  useWebhooks,
  type Webhook,
} from '../api/webhooks';
import { WebhookForm } from './webhook-form';
import './webhooks.css';

/** The secret, shown once after create or rotate, with a copy button; it is never shown again. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  return (
    <div ref={box} tabIndex={-1} role="region" aria-label={t('webhook.secretTitle')} className="webhook-secret">
      <Alert tone="warning" title={t('webhook.secretTitle')}>
        <p>{t('webhook.secretOnce')}</p>
        <p>
          <code className="webhook-secret-value">{secret}</code>
        </p>
        <p className="form-actions">
          <Button
            variant="secondary"
            onClick={() => {
              // no clipboard outside a secure context: the secret stays selectable (user-select: all)
              try {
                void navigator.clipboard.writeText(secret).then(() => setCopied(true), () => undefined);
              } catch {
                /* nothing to do */
              }
            }}
          >
            {t('webhook.copy')}
          </Button>
          <span role="status">{copied ? t('webhook.copied') : ''}</span>
          <Button variant="link" onClick={onDone}>
            {t('webhook.secretDone')}
          </Button>
        </p>
      </Alert>
    </div>
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const q = useWebhookDeliveries(webhook.id, page);
  const replay = useReplayDelivery(webhook.id);
  if (q.isError) return <QueryError error={q.error} />;
  const data = q.data;
  if (!data) return <p>{t('app.loading')}</p>;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <section aria-labelledby={`deliveries-${webhook.id}`}>
      <h3 id={`deliveries-${webhook.id}`}>{t('webhook.deliveries')}</h3>
      {replay.isSuccess ? <p role="status">{t('webhook.replayed')}</p> : null}
      {data.items.length === 0 ? (
        <p>{t('webhook.noDeliveries')}</p>
      ) : (
        <TableScroll label={t('webhook.deliveries')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('webhook.attemptedAt')}</th>
                <th scope="col">{t('webhook.event')}</th>
                <th scope="col">{t('webhook.outcome')}</th>
                <th scope="col">{t('webhook.duration')}</th>
                <th scope="col">{t('webhook.nextAttempt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhook.replay')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.attemptedAt, lang)}</td>
                  <td>
                    <code>{d.eventId}</code> {d.eventType} ({t('webhook.attempt', { n: d.attempt })})
                  </td>
                  <td>
                    {d.outcome === 'SUCCEEDED' ? t('webhook.succeeded') : t('webhook.failed')}
                    {d.httpStatus !== null ? ` (HTTP ${d.httpStatus})` : ''}
                    {d.error && d.httpStatus === null ? ` — ${d.error}` : ''}
                  </td>
                  <td>{t('webhook.ms', { ms: d.durationMs })}</td>
                  <td>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt, lang) : '—'}</td>
                  <td>
                    <Button
                      variant="secondary"
                      disabled={replay.isPending}
                      onClick={() => replay.mutate(d.id)}
                      aria-label={t('webhook.replayEvent', { id: d.eventId })}
                    >
                      {t('webhook.replay')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 ? (
        <p className="form-actions">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('list.prev')}
          </Button>
          <span>{t('list.page', { page, pages })}</span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('list.next')}
          </Button>
        </p>
      ) : null}
    </section>
  );
}

function WebhookCard({ webhook, onEdit, onSecret }: { webhook: Webhook; onEdit: () => void; onSecret: (s: string) => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const setActive = useSetActive();
  const rotate = useRotateSecret();
  const failure = setActive.error ?? rotate.error;
  return (
    <li className="card webhook-card">
      <h2 className="webhook-url">{webhook.description ?? webhook.url}</h2>
      <dl className="facts">
        <div>
          <dt>{t('webhook.url')}</dt>
          <dd className="webhook-url">{webhook.url}</dd>
        </div>
        <div>
          <dt>{t('webhook.status')}</dt>
          <dd>
            {webhook.status === 'ACTIVE' ? t('webhook.active') : t('webhook.paused')}
            {webhook.pausedReason ? ` — ${webhook.pausedReason}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('webhook.eventTypes')}</dt>
          <dd>{webhook.eventTypes.length === 0 ? t('webhook.allTypes') : webhook.eventTypes.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('webhook.deliveredThrough')}</dt>
          <dd>
            <code>{webhook.deliveredThrough}</code>
            {webhook.failures > 0 ? ` · ${t('webhook.failures', { n: webhook.failures })}` : ''}
            {webhook.nextAttemptAt ? ` · ${t('webhook.nextAttempt')} ${formatDateTime(webhook.nextAttemptAt, lang)}` : ''}
          </dd>
        </div>
      </dl>
      {failure ? (
        <Alert tone="error">{failure instanceof ApiError && failure.status === 412 ? t('webhook.stale') : t('app.error')}</Alert>
      ) : null}
      <p className="form-actions">
        <Button variant="secondary" onClick={onEdit}>
          {t('webhook.editButton')}
        </Button>
        <Button
          variant="secondary"
          disabled={setActive.isPending}
          onClick={() => setActive.mutate({ webhook, active: !webhook.active })}
        >
          {webhook.active ? t('webhook.pause') : t('webhook.resume')}
        </Button>
        <Button
          variant="secondary"
          disabled={rotate.isPending}
          onClick={() => {
            if (window.confirm(t('webhook.rotateConfirm'))) rotate.mutate(webhook, { onSuccess: (r) => onSecret(r.secret) });
          }}
        >
          {t('webhook.rotate')}
        </Button>
        <Button variant="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('webhook.deliveries')}
        </Button>
      </p>
      {open ? <Deliveries webhook={webhook} /> : null}
    </li>
  );
}

/** Webhook の管理 (ADMIN): the subscriptions, a form to add or edit one, the secret once, each one's delivery log. */
export function WebhooksPage({ page }: { page: number }) {
  const { t } = useI18n();
  const q = useWebhooks(page);
  const [editing, setEditing] = useState<Webhook | 'new' | undefined>();
  const [secret, setSecret] = useState<string | undefined>();
  return (
    <>
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(undefined)} /> : null}
      {editing ? (
        <WebhookForm
          webhook={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onSaved={(r) => {
            setEditing(undefined);
            if ('secret' in r) setSecret(r.secret);
          }}
        />
      ) : (
        <p className="form-actions">
          <Button onClick={() => setEditing('new')}>{t('webhook.new')}</Button>
        </p>
      )}
      {q.isError ? <QueryError error={q.error} /> : null}
      {q.data ? (
        <>
          {q.data.items.length === 0 ? <p>{t('webhook.none')}</p> : null}
          <ul className="webhook-list">
            {q.data.items.map((w) => (
              <WebhookCard key={w.id} webhook={w} onEdit={() => setEditing(w)} onSecret={setSecret} />
            ))}
          </ul>
          <Pagination page={page} size={PAGE_SIZE} total={q.data.total} />
        </>
      ) : null}
    </>
  );
}
