import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextField } from '@/components/form/form-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useFocusOnMount, useVersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import {
  paymentsCsvUrl,
  useDecideGrants,
  useOpenGrantYear,
  type GrantBulkDecision,
  type GrantOpening,
  type GrantProgram,
} from '../api/grants';
import { formatYen } from '../utils/format';
import '../i18n';
import './grants.css';

/** A refusal of opening or deciding in words: 409 means the program cannot have cases (its kind or no eligible kind). */
function refusal(error: unknown, t: TFunction, conflict: string): string {
  return error instanceof ApiError && error.status === 409 ? conflict : problemMessage(error, t);
}

/**
 * What the office and the implementing section do for a whole program: open the year (a case for every eligible
 * organization), decide every applied case as computed, and download the payment list for the accounting system.
 */
export function GrantProgramActions({ program }: { program: GrantProgram }) {
  const { t, lang } = useI18n();
  const opening = useOpenGrantYear(program.id);
  const [opened, setOpened] = useState<GrantOpening | undefined>(undefined);
  const [deciding, setDeciding] = useState(false);
  const [decided, setDecided] = useState<GrantBulkDecision | undefined>(undefined);
  const decideButton = useRef<HTMLButtonElement>(null);
  const n = (x: number) => formatNumber(x, lang);
  const open = () => {
    setOpened(undefined);
    setDecided(undefined);
    opening.mutate(undefined, { onSuccess: setOpened });
  };
  return (
    <div className="grant-program-actions">
      <div className="grant-actions">
        <Button onClick={open} disabled={opening.isPending}>
          {opening.isPending ? t('grant.opening') : t('grant.open')}
        </Button>
        {!deciding ? (
          <Button
            ref={decideButton}
            variant="secondary"
            onClick={() => {
              setOpened(undefined);
              setDecided(undefined);
              setDeciding(true);
            }}
          >
            {t('grant.decideAll')}
          </Button>
        ) : null}
        <a className="btn btn-secondary" href={paymentsCsvUrl(program.id)} download>
          {t('grant.paymentsCsv')}
        </a>
      </div>
      {opening.isError ? <Alert tone="error">{refusal(opening.error, t, t('grant.openConflict'))}</Alert> : null}
      {opened ? (
        <Alert tone="success" title={t('grant.opened')}>
          <p>
            {t('grant.openedResult', { created: n(opened.created), computed: n(opened.computed), missing: n(opened.missing) })}
            {opened.existing > 0 ? ` ${t('grant.openedExisting', { existing: n(opened.existing) })}` : ''}
          </p>
          <p>{t('grant.openedYen', { yen: formatYen(opened.computedYen, t, lang) })}</p>
        </Alert>
      ) : null}
      {decided ? (
        <Alert tone="success" title={t('grant.decidedAll')}>
          <p>{t('grant.decidedAllResult', { decided: n(decided.decided), yen: formatYen(decided.decidedYen, t, lang) })}</p>
          {decided.missing > 0 ? <p>{t('grant.decidedAllMissing', { missing: n(decided.missing) })}</p> : null}
        </Alert>
      ) : null}
      {deciding ? (
        <BulkDecisionForm
          programId={program.id}
          onDone={(result) => {
            setDeciding(false);
            setDecided(result);
          }}
          onCancel={() => {
            setDeciding(false);
            window.setTimeout(() => decideButton.current?.focus(), 0);
          }}
        />
      ) : null}
    </div>
  );
}

/** 一括決定: the day, then a confirmation that says what will happen; the confirmation's button sends. */
function BulkDecisionForm({
  programId,
  onDone,
  onCancel,
}: {
  programId: number;
  onDone: (result: GrantBulkDecision) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const decide = useDecideGrants(programId);
  const [confirming, setConfirming] = useState(false);
  const schema = useMemo(
    () =>
      z.object({
        on: z
          .string()
          .trim()
          .min(1, t('form.requiredMissing'))
          .refine((v) => v <= isoDate(), t('grant.notFuture')),
      }),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { on: isoDate() },
    focusOnOpen: true,
    submit: (body) => decide.mutateAsync(body),
    onSaved: onDone,
    onFailed: () => setConfirming(false),
    focusAfterSave: () => document.querySelector<HTMLElement>('.alert-success[role="status"]'),
  });
  const day = useWatch({ control: vf.form.control, name: 'on' });
  const ask = async (e: FormEvent) => {
    e.preventDefault();
    vf.clearFailure();
    // The day is checked before asking; the confirmation then sends.
    if (await vf.form.trigger()) setConfirming(true);
    else window.setTimeout(() => vf.formProps.ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };
  return (
    <form
      {...vf.formProps}
      onSubmit={(e) => void ask(e)}
      className="form form-panel"
      aria-labelledby="grant-decide-all-title"
    >
      <h3 id="grant-decide-all-title">{t('grant.decideAllTitle')}</h3>
      <p>{t('grant.decideAllLead')}</p>
      <FormAlert form={vf} message={(f) => (f instanceof ApiError && f.status === 409 ? t('grant.conflict') : undefined)} />
      <div className="form-grid">
        <FormTextField form={vf} name="on" label={t('grant.decidedOn')} type="date" max={isoDate()} required />
      </div>
      {!confirming ? (
        <FormActions label={t('grant.decideAllNext')} onCancel={onCancel} />
      ) : (
        <ConfirmBulk
          day={/^\d{4}-\d{2}-\d{2}$/.test(day) ? formatWarekiDate(day, lang) : day}
          pending={vf.saving}
          onConfirm={() => void vf.submit()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

function ConfirmBulk({ day, pending, onConfirm, onCancel }: { day: string; pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="confirm-panel" role="group" aria-labelledby="grant-decide-all-confirm">
      <h4 id="grant-decide-all-confirm" ref={heading} tabIndex={-1}>
        {t('grant.decideAllConfirmTitle')}
      </h4>
      <p>{t('grant.decideAllConfirm', { day })}</p>
      <FormActions
        saving={pending}
        label={t('grant.decideAllSubmit')}
        savingLabel={t('grant.decidingAll')}
        onClick={onConfirm}
        onCancel={onCancel}
      />
    </div>
  );
}
