import { useMemo } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { optional, useVersionedForm } from '@/lib/forms';
import { useMe } from '@/lib/auth';
import { useT, type MessageKey } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { isoDate } from '@/utils/fiscal-year';
import { useCreateVoice, VOICE_KINDS, type Voice, type VoiceInput } from '../api/voices';

type Values = { kind: string; districtId: string; receivedOn: string; subject: string; body: string; dueOn: string };

/** 受付: what a district council raised, the day it came in, and (optionally) when it is due. */
export function VoiceForm({ onSaved, onCancel }: { onSaved: (voice: Voice) => void; onCancel: () => void }) {
  const t = useT();
  const me = useMe();
  const districts = useAllDistricts();
  const create = useCreateVoice();
  const mine = me.data?.role === 'LIAISON' ? new Set(me.data.districtIds) : undefined;
  const choices = (districts.data ?? []).filter((d) => !mine || mine.has(d.id));
  const schema = useMemo(
    () =>
      z
        .object({
          kind: z.string().min(1, t('form.requiredMissing')),
          districtId: z.string().min(1, t('form.requiredMissing')),
          receivedOn: z.string().min(1, t('form.requiredMissing')),
          subject: z.string().trim().min(1, t('form.requiredMissing')),
          body: z.string().trim().min(1, t('form.requiredMissing')),
          dueOn: z.string(),
        })
        .transform(
          (v): VoiceInput => ({
            kind: v.kind as VoiceInput['kind'],
            districtId: Number(v.districtId),
            receivedOn: v.receivedOn,
            subject: v.subject,
            body: v.body,
            dueOn: optional(v.dueOn),
          }),
        ),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      kind: 'REQUEST',
      districtId: choices.length === 1 ? String(choices[0]!.id) : '',
      receivedOn: isoDate(),
      subject: '',
      body: '',
      dueOn: '',
    } satisfies Values,
    create: true,
    submit: (body, { idempotencyKey }) => create.mutateAsync({ body, idempotencyKey: idempotencyKey ?? '' }),
    onSaved,
  });
  return (
    <FormPanel form={vf} title={t('voices.new')} level={2}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormSelectField form={vf} name="districtId" label={t('voices.district')} required>
          <option value="">{t('voices.chooseDistrict')}</option>
          {choices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField form={vf} name="kind" label={t('voices.kind')} required>
          {VOICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`voices.kind.${k}` as MessageKey)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="receivedOn" label={t('voices.receivedOn')} type="date" required />
        <FormTextField form={vf} name="dueOn" label={t('voices.dueOn')} type="date" hint={t('voices.dueHint')} />
      </div>
      <FormTextField form={vf} name="subject" label={t('voices.subject')} required maxLength={300} />
      <FormTextAreaField form={vf} name="body" label={t('voices.body')} rows={6} required maxLength={4000} />
      <FormActions saving={vf.saving} label={t('voices.receiveSubmit')} onCancel={onCancel} />
    </FormPanel>
  );
}
