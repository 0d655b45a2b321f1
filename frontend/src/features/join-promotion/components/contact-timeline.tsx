import { useEffect, useMemo, useState } from 'react';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Fact } from '@/components/ui/facts';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { useEditSwitch, useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { CHANNELS, useAddContact, useDeleteContact, type BuildingContact, type NewBuilding } from '../api/join-promotion';
import { channelLabel } from '../utils/labels';
import { contactBodyOf, contactSchema, emptyContact, type ContactValues } from '../utils/values';
import './join-promotion.css';
import '../i18n';

/**
 * 協議の記録: the contacts with the developer as a timeline, oldest first — each with its day, how (訪問, 電話, …), with
 * whom, by whom and what was said; 協議を記録 adds one and 削除 removes one recorded by mistake (for those who may).
 */
export function ContactTimeline({ building: b }: { building: NewBuilding }) {
  const { t, lang } = useI18n();
  const { editing, open, close, buttonRef } = useEditSwitch();
  const remove = useDeleteContact(b.id);
  const [notice, setNotice] = useState<'saved' | 'deleted' | undefined>();
  const contacts = [...(b.contacts ?? [])].sort((x, y) => x.contactedOn.localeCompare(y.contactedOn) || x.id - y.id);
  const canEdit = b.permissions.canEdit;
  const onDelete = (c: BuildingContact) => {
    if (!window.confirm(t('jp.contact.confirmDelete', { date: formatWarekiDate(c.contactedOn, lang) }))) return;
    setNotice(undefined);
    remove.mutate(c, {
      onSuccess: () => {
        setNotice('deleted');
        // the item and its button are gone: the keyboard goes to the message
        window.setTimeout(() => document.querySelector<HTMLElement>('#jp-contact-notice')?.focus(), 0);
      },
    });
  };
  return (
    <>
      {notice ? (
        <div id="jp-contact-notice" tabIndex={-1}>
          <Alert tone="success">{t(notice === 'saved' ? 'jp.contact.saved' : 'jp.contact.deleted')}</Alert>
        </div>
      ) : null}
      {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
      {contacts.length === 0 ? (
        <p>{t('jp.contact.none')}</p>
      ) : (
        <ol className="jp-timeline" aria-label={t('jp.contact.timeline')} data-testid="contact-timeline">
          {contacts.map((c) => {
            const day = formatWarekiDate(c.contactedOn, lang);
            return (
              <li key={c.id}>
                <h3>
                  <span>{day}</span>
                  <span className="jp-badge">{channelLabel(t, c.channel)}</span>
                </h3>
                <dl className="facts">
                  <Fact label={t('jp.contact.contactWith')}>{c.contactWith}</Fact>
                  <Fact label={t('jp.contact.madeBy')}>{c.madeBy}</Fact>
                  <Fact label={t('jp.contact.summary')} wide>
                    <span className="pre-line">{c.summary}</span>
                  </Fact>
                </dl>
                {canEdit ? (
                  <p className="jp-timeline-actions no-print">
                    <Button variant="secondary" className="btn-small" disabled={remove.isPending} onClick={() => onDelete(c)}>
                      {t('jp.delete')}
                      <span className="visually-hidden">{t('jp.contact.deleteWhich', { date: day })}</span>
                    </Button>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && !editing ? (
        <Button
          ref={buttonRef}
          className="no-print"
          onClick={() => {
            setNotice(undefined);
            open();
          }}
        >
          {t('jp.contact.add')}
        </Button>
      ) : null}
      {editing ? (
        <ContactForm
          building={b}
          onSaved={() => {
            setNotice('saved');
            close();
          }}
          onCancel={close}
        />
      ) : null}
    </>
  );
}

type Form = VersionedForm<ContactValues>;

/**
 * 協議の記録を追加: the day (today by default, never in the future), how, with whom (the developer to start with), by
 * whom (the signed-in user to start with) and what was said. Sent with an Idempotency-Key, so a retried save adds it
 * once; the server's field errors are shown at their fields.
 */
export function ContactForm({ building: b, onSaved, onCancel }: { building: NewBuilding; onSaved: (c: BuildingContact) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const add = useAddContact(b.id);
  const schema = useMemo(() => contactSchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: emptyContact(me.data?.displayName ?? '', b.developer),
    create: true,
    submit: (values, meta) => add.mutateAsync({ body: contactBodyOf(values), idempotencyKey: meta.idempotencyKey }),
    onSaved,
  });
  // the signed-in user, once known, as who made it (unless something was typed there already)
  const name = me.data?.displayName;
  const { getValues, setValue } = vf.form;
  useEffect(() => {
    if (name && !getValues('madeBy')) setValue('madeBy', name);
  }, [name, getValues, setValue]);
  return (
    <div className="jp-panel">
      <FormPanel form={vf} title={t('jp.contact.formTitle')}>
        <FormAlert form={vf} />
        <div className="form-grid">
          <FormTextField form={vf} name="contactedOn" type="date" label={t('jp.contact.contactedOn')} required max={isoDate()} />
          <FormSelectField form={vf} name="channel" label={t('jp.contact.channel')} required>
            <option value="">{t('jp.choose')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(t, c)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField form={vf} name="contactWith" label={t('jp.contact.contactWith')} required maxLength={200} autoComplete="off" />
          <FormTextField form={vf} name="madeBy" label={t('jp.contact.madeBy')} required maxLength={100} autoComplete="off" />
        </div>
        <FormTextAreaField form={vf} name="summary" label={t('jp.contact.summary')} required rows={4} maxLength={2000} />
        <FormActions saving={vf.saving} label={t('jp.contact.save')} onCancel={onCancel} />
      </FormPanel>
    </div>
  );
}
