import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { FormActions } from '@/components/form/form-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { problemMessage } from '@/lib/api-error';
import { useFocusOnMount } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { useCarryOver, type CarryOverResult } from '../api/support';
import '../i18n';

/**
 * 次年度へ引き継ぐ (office): asks first, then copies the edition into the next year and says how many programs went
 * over and how many were there already (a second time copies nothing).
 */
export function CarryOver({ fiscalYear, nextHref }: { fiscalYear: number; nextHref: (fiscalYear: number) => string }) {
  const { t, lang } = useI18n();
  const carry = useCarryOver();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<CarryOverResult | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const next = formatFiscalYear(fiscalYear + 1, lang);
  const close = () => {
    setConfirming(false);
    window.setTimeout(() => button.current?.focus(), 0);
  };
  return (
    <div className="support-carry-over no-print">
      {result ? (
        <Alert tone="success">
          <p>
            {t('support.carryOver.done', {
              carried: result.carried,
              year: formatFiscalYear(result.fiscalYear, lang),
              skipped: result.skipped,
            })}
          </p>
          <Link to={nextHref(result.fiscalYear)}>{t('support.carryOver.see', { year: formatFiscalYear(result.fiscalYear, lang) })}</Link>
        </Alert>
      ) : null}
      {carry.isError ? <Alert tone="error">{problemMessage(carry.error, t)}</Alert> : null}
      {confirming ? (
        <CarryOverConfirm
          year={formatFiscalYear(fiscalYear, lang)}
          next={next}
          pending={carry.isPending}
          onConfirm={() =>
            carry.mutate(fiscalYear, {
              onSuccess: (r) => {
                setResult(r);
                close();
              },
              onError: close,
            })
          }
          onCancel={close}
        />
      ) : (
        <Button
          variant="secondary"
          ref={button}
          onClick={() => {
            setResult(undefined);
            carry.reset();
            setConfirming(true);
          }}
        >
          {t('support.carryOver.button', { year: next })}
        </Button>
      )}
    </div>
  );
}

function CarryOverConfirm({
  year,
  next,
  pending,
  onConfirm,
  onCancel,
}: {
  year: string;
  next: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="confirm-panel" role="group" aria-labelledby="support-carry-confirm">
      <h2 id="support-carry-confirm" ref={heading} tabIndex={-1}>
        {t('support.carryOver.confirmTitle', { year, next })}
      </h2>
      <p>{t('support.carryOver.confirmLead')}</p>
      <FormActions
        saving={pending}
        label={t('support.carryOver.confirm')}
        savingLabel={t('support.carryOver.carrying')}
        onClick={onConfirm}
        onCancel={onCancel}
      />
    </div>
  );
}
