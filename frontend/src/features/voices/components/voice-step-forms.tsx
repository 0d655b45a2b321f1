import { useMemo } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { optional, useVersionedForm } from '@/lib/forms';
import { useT } from '@/lib/i18n';
import { useSections } from '@/lib/reference-data/sections';
import { isoDate } from '@/utils/fiscal-year';
import { useVoiceStep, type Voice } from '../api/voices';

type StepProps = { voice: Voice; etag: string; onDone: () => void; onCancel: () => void };

/** 担当課へ: the section from the reference data, and optionally a new due date. */
export function RouteForm({ voice, etag, onDone, onCancel }: StepProps) {
  const t = useT();
  const sections = useSections();
  const step = useVoiceStep(voice.id);
  const schema = useMemo(
    () =>
      z
        .object({ sectionId: z.string().min(1, t('form.requiredMissing')), dueOn: z.string() })
        .transform((v) => ({ sectionId: Number(v.sectionId), dueOn: optional(v.dueOn) })),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { sectionId: voice.sectionId ? String(voice.sectionId) : '', dueOn: voice.dueOn },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'routing', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <FormPanel form={vf} title={voice.sectionId ? t('voices.reroute') : t('voices.route')}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormSelectField form={vf} name="sectionId" label={t('voices.section')} required>
          <option value="">{t('voices.chooseSection')}</option>
          {(sections.data?.items ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="dueOn" label={t('voices.dueOn')} type="date" />
      </div>
      <FormActions saving={vf.saving} disabled={vf.stale} label={t('voices.routeSubmit')} onCancel={onCancel} />
    </FormPanel>
  );
}

/** 回答: the section's answer and the day it was given (today unless said otherwise). */
export function AnswerForm({ voice, etag, onDone, onCancel }: StepProps) {
  const t = useT();
  const step = useVoiceStep(voice.id);
  const schema = useMemo(
    () =>
      z
        .object({ answer: z.string().trim().min(1, t('form.requiredMissing')), answeredOn: z.string() })
        .transform((v) => ({ answer: v.answer, answeredOn: optional(v.answeredOn) })),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { answer: '', answeredOn: isoDate() },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'answer', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <FormPanel form={vf} title={t('voices.answerTitle')}>
      <FormAlert form={vf} />
      <FormTextAreaField form={vf} name="answer" label={t('voices.answer')} rows={6} required />
      <div className="form-grid">
        <FormTextField form={vf} name="answeredOn" label={t('voices.answeredOn')} type="date" />
      </div>
      <FormActions saving={vf.saving} disabled={vf.stale} label={t('voices.answerSubmit')} onCancel={onCancel} />
    </FormPanel>
  );
}

/** 完了: the day the liaison returned the answer to the council, and a note of how. */
export function CloseForm({ voice, etag, onDone, onCancel }: StepProps) {
  const t = useT();
  const step = useVoiceStep(voice.id);
  const schema = useMemo(
    () =>
      z
        .object({ closedOn: z.string(), note: z.string() })
        .transform((v) => ({ closedOn: optional(v.closedOn), note: optional(v.note) })),
    [],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { closedOn: isoDate(), note: '' },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'closing', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <FormPanel form={vf} title={t('voices.closeTitle')}>
      <FormAlert form={vf} />
      <p>{t('voices.closeLead')}</p>
      <div className="form-grid">
        <FormTextField form={vf} name="closedOn" label={t('voices.closedOn')} type="date" />
      </div>
      <FormTextAreaField form={vf} name="note" label={t('voices.closingNote')} rows={3} />
      <FormActions saving={vf.saving} disabled={vf.stale} label={t('voices.closeSubmit')} onCancel={onCancel} />
    </FormPanel>
  );
}
