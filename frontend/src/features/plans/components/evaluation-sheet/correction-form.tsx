import { useMemo } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextAreaField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { useVersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useCorrectEvaluation } from '../../api/evaluations';
import type { Evaluation, EvaluationRow } from '../../api/types';

/** 訂正: a published evaluation becomes a new draft revision, with the reason. */
export function CorrectionForm({
  row,
  evaluation,
  onDone,
  onCancel,
}: {
  row: EvaluationRow;
  evaluation: Evaluation;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const correct = useCorrectEvaluation();
  const schema = useMemo(
    () => z.object({ reason: z.string().trim().min(1, t('form.requiredMissing')) }),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { reason: '' },
    submit: (body) => correct.mutateAsync({ evaluationId: evaluation.id!, body }),
    onSaved: onDone,
  });
  const title = t('evaluation.correctTitle', { title: row.title });
  return (
    <FormPanel form={vf} title={title} level={2}>
      <p>{t('evaluation.correctLead')}</p>
      <FormAlert form={vf} />
      <FormTextAreaField form={vf} name="reason" label={t('evaluation.correctionReason')} required rows={3} />
      <FormActions saving={vf.saving} label={t('evaluation.correctSubmit')} onCancel={onCancel} />
    </FormPanel>
  );
}
