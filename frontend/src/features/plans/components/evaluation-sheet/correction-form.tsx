import { useEffect, useMemo, useRef } from 'react';
import { z } from 'zod';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextAreaField } from '@/components/form/form-fields';
import { Button } from '@/components/ui/button';
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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
    <form {...vf.formProps} className="form form-panel" aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{t('evaluation.correctLead')}</p>
      <FormAlert form={vf} />
      <FormTextAreaField form={vf} name="reason" label={t('evaluation.correctionReason')} required rows={3} />
      <div className="form-actions">
        <Button type="submit" disabled={vf.saving}>
          {vf.saving ? t('form.saving') : t('evaluation.correctSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
