import { useMemo, type ReactNode } from 'react';
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextAreaField, FormTextField, type FieldHost } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { ApiError } from '@/lib/api-error';
import { optional, parseCount, useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { isoDate } from '@/utils/fiscal-year';
import { useGrantStep, type GrantCase, type GrantProgram } from '../api/grants';
import { formatYen, notComputable, pricedUnits, programRule, usesEligibleCost, type PricedUnit } from '../utils/format';
import '../i18n';

export type StepProps = {
  grantCase: GrantCase;
  etag: string;
  /** The case's program: its rule says which units and whether an eligible cost the forms ask for. */
  program: GrantProgram | undefined;
  onDone: () => void;
  onCancel: () => void;
};

/* ---- values ------------------------------------------------------------------------------------- */

/** A day of a step: required (today by default), never in the future — the server refuses that too. */
function daySchema(t: TFunction) {
  return z
    .string()
    .trim()
    .min(1, t('form.requiredMissing'))
    .refine((v) => v <= isoDate(), t('grant.notFuture'));
}

/** A whole number of yen or units (full-width digits and separators read), required. */
function countSchema(t: TFunction) {
  return z.string().transform((v, ctx) => {
    const n = parseCount(v);
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: v.trim() ? t('form.notInteger') : t('form.requiredMissing') });
      return z.NEVER;
    }
    return n;
  });
}

/** Like countSchema, and empty is absent. */
function optionalCountSchema(t: TFunction) {
  return z.string().transform((v, ctx): number | undefined => {
    if (!v.trim()) return undefined;
    const n = parseCount(v);
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: t('form.notInteger') });
      return z.NEVER;
    }
    return n;
  });
}

/** Units as the form holds them (one text per priced key) → the API's map, leaving out what was not given. */
function unitsOf(values: Record<string, number | undefined>): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

function unitTexts(priced: readonly PricedUnit[], units: Record<string, number>): Record<string, string> {
  return Object.fromEntries(priced.map((u) => [u.key, units[u.key] === undefined ? '' : String(units[u.key])]));
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/* ---- the parts every step form shares --------------------------------------------------------------- */

/** The same refusal wording on every step: a 409 says the case has moved on (or the rule refused), in words. */
function conflictMessage(t: TFunction) {
  return (failure: unknown): ReactNode | undefined =>
    failure instanceof ApiError && failure.status === 409 ? (
      <>
        <p className="alert-title">{t('grant.conflictTitle')}</p>
        <p>{t('grant.conflict')}</p>
      </>
    ) : undefined;
}

type FormState = Pick<
  VersionedForm<never>,
  'formProps' | 'failure' | 'stale' | 'preconditionRequired' | 'otherErrors' | 'reload' | 'reloading' | 'gone' | 'saving'
>;

/** A step's form: its heading, the refusal (409 in words, 412 with the current case), its fields and buttons. */
function StepForm({
  vf,
  title,
  submitLabel,
  children,
  onCancel,
}: {
  vf: FormState;
  title: string;
  submitLabel: string;
  children: ReactNode;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <FormPanel form={vf} title={title} level={2}>
      <FormAlert form={vf} message={conflictMessage(t)} />
      {children}
      <FormActions saving={vf.saving} disabled={vf.stale} label={submitLabel} onCancel={onCancel} />
    </FormPanel>
  );
}

/** The day of a step as a date field (today at most). */
function DayField<T extends FieldValues>({ form, name, label }: { form: FieldHost<T>; name: FieldPath<T>; label: string }) {
  return <FormTextField form={form} name={name} label={label} type="date" max={isoDate()} required />;
}

type BasisValues = { on: string; cost: string; units: Record<string, string> };

/** The units the rule prices, one field each under the rule's label, and the cost when the rule shares one. */
function BasisFields({
  form,
  priced,
  costLabel,
  withCost,
}: {
  form: FieldHost<BasisValues>;
  priced: readonly PricedUnit[];
  costLabel: string;
  withCost: boolean;
}) {
  const { t } = useI18n();
  if (!withCost && priced.length === 0) return null;
  return (
    <div className="form-grid">
      {withCost ? (
        <FormTextField
          form={form}
          name="cost"
          label={costLabel}
          inputMode="numeric"
          autoComplete="off"
          required
          hint={t('grant.yenHint')}
        />
      ) : null}
      {priced.map((u) => (
        <FormTextField
          key={u.key}
          form={form}
          name={`units.${u.key}`}
          label={t('grant.unitsOf', { label: u.label })}
          inputMode="numeric"
          autoComplete="off"
        />
      ))}
    </div>
  );
}

/* ---- the steps ------------------------------------------------------------------------------------ */

/** 事業計画受付: the day the business plan came in. */
export function PlanForm({ grantCase, etag, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useGrantStep(grantCase.id);
  const schema = useMemo(() => z.object({ on: daySchema(t) }), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: { on: isoDate() },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'plan', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <StepForm vf={vf} title={t('grant.planTitle')} submitLabel={t('grant.planSubmit')} onCancel={onCancel}>
      <div className="form-grid">
        <DayField form={vf} name="on" label={t('grant.planReceivedOn')} />
      </div>
    </StepForm>
  );
}

function basisSchema(t: TFunction, withCost: boolean) {
  return z.object({
    on: daySchema(t),
    cost: withCost ? countSchema(t) : optionalCountSchema(t),
    units: z.record(z.string(), optionalCountSchema(t)),
  });
}

/** 申請受付 (or its correction until decided): the day, the eligible cost and the units the rule prices. */
export function ApplicationForm({ grantCase, etag, program, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useGrantStep(grantCase.id);
  const withCost = usesEligibleCost(programRule(program));
  const priced = pricedUnits(programRule(program));
  const schema = useMemo(() => basisSchema(t, withCost), [t, withCost]);
  const correcting = grantCase.status === 'APPLIED';
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      on: grantCase.appliedOn ?? isoDate(),
      cost: text(grantCase.eligibleCost),
      units: unitTexts(priced, grantCase.units),
    } satisfies BasisValues,
    etag,
    // the form's `cost` is the API's eligibleCost
    fieldOf: (f) => (f === 'eligibleCost' ? 'cost' : undefined),
    submit: (v, meta) =>
      step.mutateAsync({
        step: 'application',
        etag: meta.etag ?? '',
        body: { on: optional(v.on), eligibleCost: v.cost, units: unitsOf(v.units) },
      }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <StepForm
      vf={vf}
      title={correcting ? t('grant.applicationCorrectTitle') : t('grant.applicationTitle')}
      submitLabel={t('grant.applicationSubmit')}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <DayField form={vf} name="on" label={t('grant.appliedOn')} />
      </div>
      <BasisFields
        form={vf}
        priced={priced}
        costLabel={t('grant.eligibleCost')}
        withCost={withCost}
      />
      <p className="field-hint">{t('grant.applicationLead')}</p>
    </StepForm>
  );
}

/** 実績報告受付 (or its correction until inspected): the day, the cost spent and the units done. */
export function ReportForm({ grantCase, etag, program, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useGrantStep(grantCase.id);
  const withCost = usesEligibleCost(programRule(program));
  const priced = pricedUnits(programRule(program));
  const schema = useMemo(() => basisSchema(t, withCost), [t, withCost]);
  const correcting = grantCase.status === 'REPORTED';
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      on: grantCase.reportedOn ?? isoDate(),
      cost: text(grantCase.reportedCost ?? (correcting ? undefined : grantCase.eligibleCost)),
      units: unitTexts(priced, correcting ? grantCase.reportedUnits : grantCase.units),
    } satisfies BasisValues,
    etag,
    submit: (v, meta) =>
      step.mutateAsync({
        step: 'report',
        etag: meta.etag ?? '',
        body: { on: optional(v.on), cost: v.cost, units: unitsOf(v.units) },
      }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <StepForm
      vf={vf}
      title={correcting ? t('grant.reportCorrectTitle') : t('grant.reportTitle')}
      submitLabel={t('grant.reportSubmit')}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <DayField form={vf} name="on" label={t('grant.reportedOn')} />
      </div>
      <BasisFields
        form={vf}
        priced={priced}
        costLabel={t('grant.reportedCost')}
        withCost={withCost}
      />
      {!correcting && (withCost || priced.length > 0) ? <p className="field-hint">{t('grant.reportPrefilled')}</p> : null}
    </StepForm>
  );
}

/** 実地検査: the day, the findings and the corrections asked for; may be recorded again until settled. */
export function InspectionForm({ grantCase, etag, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useGrantStep(grantCase.id);
  const schema = useMemo(
    () =>
      z
        .object({ on: daySchema(t), findings: z.string(), corrections: z.string() })
        .transform((v) => ({ on: optional(v.on), findings: optional(v.findings), corrections: optional(v.corrections) })),
    [t],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      on: grantCase.inspectedOn ?? isoDate(),
      findings: grantCase.findings ?? '',
      corrections: grantCase.corrections ?? '',
    },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'inspection', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <StepForm vf={vf} title={t('grant.inspectionTitle')} submitLabel={t('grant.inspectionSubmit')} onCancel={onCancel}>
      <div className="form-grid">
        <DayField form={vf} name="on" label={t('grant.inspectedOn')} />
      </div>
      <FormTextAreaField form={vf} name="findings" label={t('grant.findings')} hint={t('grant.findingsHint')} rows={4} maxLength={4000} />
      <FormTextAreaField form={vf} name="corrections" label={t('grant.corrections')} rows={4} maxLength={4000} />
    </StepForm>
  );
}

type AmountValues = { on: string; yen: string; reason: string };

/** An amount that differs from a proposal needs a reason; `limit` caps it (decided amount, what is left to pay). */
function amountSchema(
  t: TFunction,
  o: { proposal: number | undefined; differsMessage: string; min?: { yen: number; message: string }; max?: { yen: number; message: string } },
) {
  return z
    .object({ on: daySchema(t), yen: countSchema(t), reason: z.string() })
    .superRefine((v, ctx) => {
      if (o.max && v.yen > o.max.yen) ctx.addIssue({ code: 'custom', path: ['yen'], message: o.max.message });
      if (o.min && v.yen < o.min.yen) ctx.addIssue({ code: 'custom', path: ['yen'], message: o.min.message });
      if (v.yen !== o.proposal && !v.reason.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: o.differsMessage });
    })
    .transform((v) => ({ on: optional(v.on), yen: v.yen, reason: v.yen === o.proposal ? undefined : optional(v.reason) }));
}

/** Whether the amount typed differs from the proposal (so the reason is required), as it is typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the output type does not matter here
function useDiffers(control: Control<AmountValues, any, any>, proposal: number | undefined) {
  const typed = useWatch({ control, name: 'yen' });
  const n = parseCount(typed);
  return n === undefined ? proposal !== undefined : n !== proposal;
}

/**
 * 交付決定, or its correction (変更交付決定) while decided: the computed amount unless another is given with a reason,
 * never below what has been paid.
 */
export function DecisionForm({ grantCase, etag, onDone, onCancel }: StepProps) {
  const { t, lang } = useI18n();
  const step = useGrantStep(grantCase.id);
  const computed = grantCase.computedYen;
  const correcting = grantCase.status === 'DECIDED';
  const schema = useMemo(
    () =>
      amountSchema(t, {
        proposal: computed,
        differsMessage: computed === undefined ? t('grant.reasonRequiredMissing') : t('grant.reasonRequired'),
        min:
          grantCase.paidYen > 0
            ? { yen: grantCase.paidYen, message: t('grant.belowPaid', { yen: formatYen(grantCase.paidYen, t, lang) }) }
            : undefined,
      }),
    [t, lang, computed, grantCase.paidYen],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      on: isoDate(),
      yen: text(correcting ? grantCase.decidedYen : computed),
      reason: correcting ? (grantCase.overrideReason ?? '') : '',
    },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'decision', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  const differs = useDiffers(vf.form.control, computed);
  return (
    <StepForm
      vf={vf}
      title={correcting ? t('grant.correctionTitle') : t('grant.decisionTitle')}
      submitLabel={correcting ? t('grant.correctionSubmit') : t('grant.decisionSubmit')}
      onCancel={onCancel}
    >
      {correcting ? <p>{t('grant.correctionLead')}</p> : null}
      <p>
        {computed === undefined
          ? `${notComputable(grantCase.computedMissing, t)} ${t('grant.decideWithoutComputed')}`
          : t('grant.computedIs', { yen: formatYen(computed, t, lang) })}
      </p>
      <div className="form-grid">
        <DayField form={vf} name="on" label={correcting ? t('grant.correctedOn') : t('grant.decidedOn')} />
        <FormTextField
          form={vf}
          name="yen"
          label={t('grant.decidedYenInput')}
          inputMode="numeric"
          autoComplete="off"
          required
          hint={t('grant.yenHint')}
        />
      </div>
      <FormTextAreaField
        form={vf}
        name="reason"
        label={t('grant.overrideReason')}
        required={differs}
        hint={t('grant.overrideReasonHint')}
        rows={3}
        maxLength={1000}
      />
    </StepForm>
  );
}

/** 支払: one instalment, at most what is left of the decided (after settlement: final) amount. */
export function PaymentForm({ grantCase, etag, onDone, onCancel }: StepProps) {
  const { t, lang } = useI18n();
  const step = useGrantStep(grantCase.id);
  const remaining = remainingYen(grantCase);
  const schema = useMemo(
    () =>
      z
        .object({ paidOn: daySchema(t), yen: countSchema(t), note: z.string() })
        .superRefine((v, ctx) => {
          if (v.yen <= 0) ctx.addIssue({ code: 'custom', path: ['yen'], message: t('grant.positive') });
          else if (remaining !== undefined && v.yen > remaining)
            ctx.addIssue({ code: 'custom', path: ['yen'], message: t('grant.overRemaining', { yen: formatYen(remaining, t, lang) }) });
        })
        .transform((v) => ({ paidOn: optional(v.paidOn), yen: v.yen, note: optional(v.note) })),
    [t, lang, remaining],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { paidOn: isoDate(), yen: '', note: '' },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'payment', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  return (
    <StepForm vf={vf} title={t('grant.paymentTitle')} submitLabel={t('grant.paymentSubmit')} onCancel={onCancel}>
      <p>{t('grant.remainingIs', { yen: formatYen(remaining, t, lang) })}</p>
      <div className="form-grid">
        <DayField form={vf} name="paidOn" label={t('grant.paidOn')} />
        <FormTextField
          form={vf}
          name="yen"
          label={t('grant.paymentYen')}
          inputMode="numeric"
          autoComplete="off"
          required
          hint={t('grant.yenHint')}
        />
      </div>
      <FormTextField form={vf} name="note" label={t('grant.paymentNote')} maxLength={500} hint={t('grant.paymentNoteHint')} />
    </StepForm>
  );
}

/** 額の確定 (or its correction): the settlement's computation unless another amount with a reason; never above the decided one. */
export function SettlementForm({ grantCase, etag, onDone, onCancel }: StepProps) {
  const { t, lang } = useI18n();
  const step = useGrantStep(grantCase.id);
  const proposal = grantCase.settlementYen;
  const correcting = grantCase.status === 'SETTLED';
  const decided = grantCase.decidedYen;
  const schema = useMemo(
    () =>
      amountSchema(t, {
        proposal,
        differsMessage: t('grant.finalReasonRequired'),
        max: decided === undefined ? undefined : { yen: decided, message: t('grant.overDecided', { yen: formatYen(decided, t, lang) }) },
      }),
    [t, lang, proposal, decided],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      on: isoDate(),
      yen: text(correcting ? grantCase.finalYen : proposal),
      reason: correcting ? (grantCase.finalReason ?? '') : '',
    },
    etag,
    submit: (body, meta) => step.mutateAsync({ step: 'settlement', etag: meta.etag ?? '', body }),
    onSaved: onDone,
    reload: async () => onCancel(),
  });
  const differs = useDiffers(vf.form.control, proposal);
  return (
    <StepForm
      vf={vf}
      title={correcting ? t('grant.settlementCorrectTitle') : t('grant.settlementTitle')}
      submitLabel={t('grant.settlementSubmit')}
      onCancel={onCancel}
    >
      <p>
        {t('grant.settlementIs', { yen: formatYen(proposal, t, lang) })} {t('grant.decidedIs', { yen: formatYen(decided, t, lang) })}
      </p>
      <div className="form-grid">
        <DayField form={vf} name="on" label={t('grant.settledOn')} />
        <FormTextField
          form={vf}
          name="yen"
          label={t('grant.finalYenInput')}
          inputMode="numeric"
          autoComplete="off"
          required
          hint={t('grant.yenHint')}
        />
      </div>
      <FormTextAreaField
        form={vf}
        name="reason"
        label={t('grant.finalReason')}
        required={differs}
        hint={t('grant.finalReasonHint')}
        rows={3}
        maxLength={1000}
      />
    </StepForm>
  );
}

/** What is left to pay: the decided amount (after settlement: the final one) less what has been paid. */
export function remainingYen(c: GrantCase): number | undefined {
  const limit = c.status === 'SETTLED' ? c.finalYen : c.decidedYen;
  return limit === undefined ? undefined : Math.max(0, limit - c.paidYen);
}
