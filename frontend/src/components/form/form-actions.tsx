import type { ReactNode, Ref } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n';

type SubmitProps = {
  /** While the form is being sent the button says so (`savingLabel`) and is off. */
  saving?: boolean;
  /** Other reasons it is off: a 412 to resolve first, a record found deleted, nothing to send. */
  disabled?: boolean;
  /** Default 保存. */
  label?: ReactNode;
  /** Default 保存中…. */
  savingLabel?: ReactNode;
  /** A confirmation's button acts on click rather than submitting a form. */
  onClick?: () => void;
  className?: string;
  submitRef?: Ref<HTMLButtonElement>;
};

/** The primary button of a form (or of a confirmation): its label while idle and while saving. */
export function SubmitButton({ saving = false, disabled = false, label, savingLabel, onClick, className, submitRef }: SubmitProps) {
  const t = useT();
  return (
    <Button
      ref={submitRef}
      type={onClick ? 'button' : 'submit'}
      className={className}
      disabled={saving || disabled}
      onClick={onClick}
    >
      {saving ? (savingLabel ?? t('form.saving')) : (label ?? t('form.save'))}
    </Button>
  );
}

/**
 * The row of buttons under a form: the submit (see SubmitButton), any further buttons, then 取消 — a button
 * calling `onCancel`, or `cancel` when leaving is a link.
 */
export function FormActions({
  onCancel,
  cancel,
  children,
  ...submit
}: SubmitProps & { onCancel?: () => void; cancel?: ReactNode; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="form-actions">
      <SubmitButton {...submit} />
      {children}
      {onCancel ? (
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      ) : null}
      {cancel}
    </div>
  );
}
