import { useMemo, useState } from 'react';
import { FormAlert } from '@/components/form/form-alert';
import { SubmitButton } from '@/components/form/form-actions';
import { FormCheckboxField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { ApiError } from '@/lib/api-error';
import { useFocusOnMount, useVersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { useSendInquiry, type VolunteerInquiryReceipt } from '../api/volunteers';
import { emptyInquiry, inquiryBodyOf, inquirySchema, MAX_EMAIL, MAX_MESSAGE, MAX_NAME, MAX_PHONE } from '../utils/post-values';
import './volunteers.css';
import '../i18n';

/**
 * お問い合わせ about an open call, for anyone: name, e-mail, phone (optional) and the message, and the visitor's
 * consent that the city passes them on to the council. The council's contact is never shown; the city relays the
 * message. A field people do not see (`website`) stays empty — automated senders fill it in and are refused. Once
 * received, the form gives way to the receipt number.
 */
export function InquiryForm({ postId }: { postId: number }) {
  const { t } = useI18n();
  const send = useSendInquiry(postId);
  const [receipt, setReceipt] = useState<VolunteerInquiryReceipt | undefined>(undefined);
  const schema = useMemo(() => inquirySchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: emptyInquiry,
    create: true,
    submit: (values) => send.mutateAsync(inquiryBodyOf(values)),
    onSaved: (r) => setReceipt(r),
    focusAfterSave: () => document.getElementById('volunteer-thanks-heading'),
  });
  if (receipt) return <Thanks receipt={receipt} />;
  const failureText = (failure: unknown) => {
    if (failure instanceof ApiError && failure.status === 429) return t('volunteer.public.throttled');
    if (failure instanceof ApiError && failure.status === 404) return t('volunteer.public.closed');
    return undefined;
  };
  return (
    <form {...vf.formProps} className="form volunteer-inquiry-form" aria-label={t('volunteer.public.inquiryFormLabel')}>
      <FormAlert form={vf} message={failureText} />
      <FormTextField form={vf} name="name" label={t('volunteer.public.name')} required maxLength={MAX_NAME} autoComplete="name" />
      <FormTextField
        form={vf}
        name="email"
        type="email"
        label={t('volunteer.public.email')}
        required
        maxLength={MAX_EMAIL}
        autoComplete="email"
        hint={t('volunteer.public.emailHint')}
      />
      <FormTextField form={vf} name="phone" type="tel" label={t('volunteer.public.phone')} maxLength={MAX_PHONE} autoComplete="tel" />
      <FormTextAreaField
        form={vf}
        name="message"
        label={t('volunteer.public.message')}
        required
        rows={6}
        maxLength={MAX_MESSAGE}
        hint={t('volunteer.public.messageHint')}
      />
      {/* people do not see this field; automated senders fill it in */}
      <div className="visually-hidden" aria-hidden="true">
        <FormTextField form={vf} name="website" label={t('volunteer.public.website')} tabIndex={-1} autoComplete="off" />
      </div>
      <FormCheckboxField form={vf} name="consent" label={t('volunteer.public.consent')} hint={t('volunteer.public.consentHint')} />
      <div className="form-actions">
        <SubmitButton saving={vf.saving} label={t('volunteer.public.send')} savingLabel={t('volunteer.public.sending')} />
      </div>
    </form>
  );
}

/** 受付: the receipt number, and that the council will reply by e-mail. */
function Thanks({ receipt }: { receipt: VolunteerInquiryReceipt }) {
  const { t, lang } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="volunteer-thanks" role="status" data-testid="volunteer-thanks">
      <h3 id="volunteer-thanks-heading" ref={heading} tabIndex={-1}>
        {t('volunteer.public.thanksTitle')}
      </h3>
      <p className="volunteer-receipt">{t('volunteer.public.thanksReceipt', { no: receipt.receiptNo })}</p>
      <p>{t('volunteer.public.thanksReceivedAt', { date: formatDateTime(receipt.receivedAt, lang) })}</p>
      <p>{t('volunteer.public.thanksBody')}</p>
      <p>{t('volunteer.public.thanksKeep')}</p>
    </div>
  );
}
