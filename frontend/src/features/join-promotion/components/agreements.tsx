import { useMemo, useState } from 'react';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { useWards } from '@/lib/reference-data/wards';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { useAgreements, useDeleteAgreement, useSaveAgreement, type JoinAgreement } from '../api/join-promotion';
import { isOffice } from '../utils/permissions';
import { useRowEditor } from '../utils/row-editor';
import { agreementBodyOf, agreementSchema, agreementValuesOf, type AgreementValues } from '../utils/values';
import './join-promotion.css';
import '../i18n';
import { RowActions } from './row-actions';

/** 有効 (in force today), 終了 (ended) or 開始前 (concluded for a later day). */
export function agreementState(a: JoinAgreement, today = isoDate()): 'current' | 'ended' | 'future' {
  if (a.current) return 'current';
  return a.concludedOn > today ? 'future' : 'ended';
}

function StateBadge({ agreement, t }: { agreement: JoinAgreement; t: TFunction }) {
  const state = agreementState(agreement);
  const tone = state === 'current' ? 'joined' : state === 'future' ? 'open' : 'plain';
  return <span className={`jp-badge jp-badge-${tone}`}>{t(`jp.agreement.state.${state}`)}</span>;
}

/**
 * 関係団体との協定: the agreements with real-estate bodies and others to hand new residents the leaflet, newest first,
 * each with whether it is in force today (有効・終了); the office records, changes and deletes them.
 */
export function Agreements() {
  const { t, lang } = useI18n();
  const me = useMe();
  const agreements = useAgreements();
  const remove = useDeleteAgreement();
  const office = isOffice(me.data);
  const { editing, open, close, addButton } = useRowEditor<JoinAgreement>();
  const [notice, setNotice] = useState<'saved' | 'deleted' | undefined>();
  const day = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '—');
  const onDelete = (a: JoinAgreement) => {
    if (!window.confirm(t('jp.agreement.confirmDelete', { partner: a.partner }))) return;
    setNotice(undefined);
    remove.mutate(a, {
      onSuccess: () => {
        setNotice('deleted');
        window.setTimeout(() => addButton.current?.focus(), 0);
      },
    });
  };
  return (
    <>
      <p className="lead">{t('jp.agreement.lead')}</p>
      {notice ? <Alert tone="success">{t(notice === 'saved' ? 'jp.agreement.saved' : 'jp.agreement.deleted')}</Alert> : null}
      {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
      {office && editing === null ? (
        <p className="no-print">
          <Button
            ref={addButton}
            onClick={() => {
              setNotice(undefined);
              open('new');
            }}
          >
            {t('jp.agreement.add')}
          </Button>
        </p>
      ) : null}
      {office && editing !== null ? (
        <AgreementForm
          key={editing === 'new' ? 'new' : editing.id}
          agreement={editing === 'new' ? undefined : editing}
          onSaved={() => {
            setNotice('saved');
            close();
          }}
          onCancel={close}
        />
      ) : null}
      <QueryState query={agreements}>
        {(rows) =>
          rows.length === 0 ? (
            <p role="status">{t('jp.agreement.empty')}</p>
          ) : (
            <DataTable
              label={t('jp.agreement.caption')}
              rows={rows}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'partner',
                  header: t('jp.agreement.partner'),
                  rowHeader: true,
                  className: 'wrap',
                  cell: (a) => (
                    <>
                      {a.partner}
                      <span className="jp-sub">{a.title}</span>
                    </>
                  ),
                },
                {
                  key: 'period',
                  header: t('jp.agreement.period'),
                  className: 'nowrap',
                  cell: (a) => t('jp.agreement.periodCell', { from: day(a.concludedOn), to: a.endsOn ? day(a.endsOn) : t('jp.agreement.noEnd') }),
                },
                { key: 'ward', header: t('jp.agreement.ward'), className: 'nowrap', cell: (a) => a.wardName ?? t('jp.wholeCity') },
                { key: 'state', header: t('jp.agreement.state'), cell: (a) => <StateBadge agreement={a} t={t} /> },
                { key: 'summary', header: t('jp.agreement.summary'), className: 'wrap', cell: (a) => a.summary ?? '—' },
                office && {
                  key: 'actions',
                  header: <span className="visually-hidden">{t('jp.actions')}</span>,
                  className: 'nowrap no-print',
                  cell: (a) => (
                    <RowActions
                      which={t('jp.agreement.which', { partner: a.partner })}
                      onEdit={() => {
                        setNotice(undefined);
                        open(a);
                      }}
                      onDelete={() => onDelete(a)}
                      deleting={remove.isPending}
                    />
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
    </>
  );
}

type Form = VersionedForm<AgreementValues>;

/** 協定の登録・変更: the partner, the agreement's name, from and to (to: open-ended), the ward or the whole city, what it says. */
export function AgreementForm({ agreement, onSaved, onCancel }: { agreement?: JoinAgreement; onSaved: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const wards = useWards();
  const save = useSaveAgreement(agreement?.id);
  const schema = useMemo(() => agreementSchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: agreementValuesOf(agreement),
    create: !agreement,
    etag: agreement ? `"${agreement.version}"` : undefined,
    submit: (values, meta) => save.mutateAsync({ body: agreementBodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async (current) => {
      const now = current as JoinAgreement | undefined;
      return now ? { values: agreementValuesOf(now), etag: `"${now.version}"` } : undefined;
    },
  });
  return (
    <div className="jp-panel">
      <FormPanel form={vf} title={agreement ? t('jp.agreement.editTitle', { partner: agreement.partner }) : t('jp.agreement.newTitle')}>
        <FormAlert form={vf} />
        <FormTextField form={vf} name="partner" label={t('jp.agreement.partner')} required maxLength={200} autoComplete="off" />
        <FormTextField form={vf} name="title" label={t('jp.agreement.title')} required maxLength={200} autoComplete="off" />
        <div className="form-grid">
          <FormTextField form={vf} name="concludedOn" type="date" label={t('jp.agreement.concludedOn')} required />
          <FormTextField form={vf} name="endsOn" type="date" label={t('jp.agreement.endsOn')} hint={t('jp.agreement.endsOnHint')} />
          <FormSelectField form={vf} name="wardId" label={t('jp.agreement.ward')}>
            <option value="">{t('jp.wholeCity')}</option>
            {(wards.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </FormSelectField>
        </div>
        <FormTextAreaField form={vf} name="summary" label={t('jp.agreement.summary')} rows={3} maxLength={2000} />
        <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
      </FormPanel>
    </div>
  );
}
