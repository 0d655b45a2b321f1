import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormCheckboxField, FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { etagOf } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { optional, parseCount, useVersionedForm } from '@/lib/forms';
import { enumLabel, useI18n, type TFunction } from '@/lib/i18n';
import { formatFiscalYearBoth } from '@/utils/fiscal-year';
import { formatPercent, joinRateOf } from '@/utils/format';
import { AREA_COUNT_METHODS, type AreaCountMethod, type MembershipFigure } from '../api/get-membership-figures';
import { usePutMembershipFigure, type MembershipFigureInput } from '../api/put-membership-figure';
import './membership-figure-form.css';

type Values = {
  households: string;
  memberHouseholds: string;
  areaCountMethod: AreaCountMethod;
  source: string;
  note: string;
  /** 大幅な変更の確認: offered after the server refused a change of more than its share (rule large-change). */
  confirmLargeChange: boolean;
};

/** The server's refusal of an unconfirmed large change, with each field's before and after. */
function largeChangeOf(failure: unknown): { field: string; from: number; to: number }[] | undefined {
  if (!(failure instanceof ApiError) || failure.problem.rule !== 'large-change') return undefined;
  return (failure.problem.errors ?? []).flatMap((e) => {
    const m = /from (\d+) to (\d+)/.exec(e.message);
    return m && e.field ? [{ field: e.field, from: Number(m[1]), to: Number(m[2]) }] : [];
  });
}

function valuesOf(f: MembershipFigure | undefined): Values {
  return {
    households: f?.households === undefined ? '' : String(f.households),
    memberHouseholds: f?.memberHouseholds === undefined ? '' : String(f.memberHouseholds),
    areaCountMethod: f?.areaCountMethod ?? 'RESIDENT_REGISTRY',
    source: f?.source ?? '',
    note: f?.note ?? '',
    confirmLargeChange: false,
  };
}

const etagOfFigure = (f: MembershipFigure | undefined) => (f?.version === undefined ? undefined : etagOf(f.version));

/** Counts typed with full-width digits and separators are read; member households ≤ households. */
function figureSchema(t: TFunction) {
  const count = z.string().transform((v, ctx) => {
    const n = parseCount(v);
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: v.trim() ? t('form.notInteger') : t('form.requiredMissing') });
      return z.NEVER;
    }
    return n;
  });
  return z
    .object({
      households: count,
      memberHouseholds: count,
      areaCountMethod: z.custom<AreaCountMethod>(),
      source: z.string(),
      note: z.string(),
      confirmLargeChange: z.boolean(),
    })
    .superRefine((v, ctx) => {
      if (v.memberHouseholds > v.households) {
        ctx.addIssue({ code: 'custom', path: ['memberHouseholds'], message: t('form.memberOverHouseholds') });
      }
    })
    .transform(
      (v): MembershipFigureInput => ({
        households: v.households,
        memberHouseholds: v.memberHouseholds,
        areaCountMethod: v.areaCountMethod,
        source: optional(v.source),
        note: optional(v.note),
        ...(v.confirmLargeChange ? { confirmLargeChange: true } : {}),
      }),
    );
}

/**
 * 加入世帯数の入力: one fiscal year of one association. The join rate is worked out as the user
 * types, with the same rule the server applies (member households ÷ households).
 */
export function MembershipFigureForm({
  organizationId,
  fiscalYear,
  existing,
  onSaved,
  onCancel,
  onReload,
}: {
  organizationId: number;
  fiscalYear: number;
  existing: MembershipFigure | undefined;
  onSaved: (saved: MembershipFigure) => void;
  onCancel: () => void;
  onReload: () => Promise<MembershipFigure | undefined>;
}) {
  const { t, lang } = useI18n();
  const put = usePutMembershipFigure(organizationId);
  const schema = useMemo(() => figureSchema(t), [t]);
  const largeChange = useRef(false);
  const vf = useVersionedForm({
    schema,
    defaultValues: valuesOf(existing),
    // A first entry for a year has no version to send.
    etag: etagOfFigure(existing),
    focusOnOpen: true,
    submit: async (body, { etag }) => {
      try {
        return await put.mutateAsync({ fiscalYear, etag, body });
      } catch (e) {
        largeChange.current = largeChangeOf(e) !== undefined;
        throw e;
      }
    },
    // A large change is explained above the confirmation, not as an error of the fields.
    fieldOf: (f) => (largeChange.current && (f === 'households' || f === 'memberHouseholds') ? '' : undefined),
    onSaved,
    reload: async () => {
      const fresh = await onReload();
      return { values: valuesOf(fresh), etag: etagOfFigure(fresh) };
    },
  });
  const [typedHouseholds, typedMembers] = useWatch({
    control: vf.form.control,
    name: ['households', 'memberHouseholds'],
  });
  const liveRate = joinRateOf(parseCount(typedHouseholds), parseCount(typedMembers));
  const yearLabel = formatFiscalYearBoth(fiscalYear, lang);
  const changes = largeChangeOf(vf.failure);
  const confirming = useWatch({ control: vf.form.control, name: 'confirmLargeChange' });

  return (
    <form
      {...vf.formProps}
      className="form form-panel"
      aria-label={t('membership.enterTitle', { year: yearLabel })}
    >
      <h3>{t('membership.enterTitle', { year: yearLabel })}</h3>
      <FormAlert
        form={changes ? { ...vf, otherErrors: [] } : vf}
        message={() =>
          changes ? (
            <>
              <p>{t('membership.largeChange')}</p>
              <ul>
                {changes.map((c) => (
                  <li key={c.field}>
                    {t(c.field === 'households' ? 'membership.households' : 'membership.memberHouseholds')}:{' '}
                    {c.from.toLocaleString(lang)} → {c.to.toLocaleString(lang)}
                  </li>
                ))}
              </ul>
            </>
          ) : undefined
        }
      />
      <div className="form-grid">
        <FormTextField form={vf} name="households" label={t('membership.households')} inputMode="numeric" required />
        <FormTextField
          form={vf}
          name="memberHouseholds"
          label={t('membership.memberHouseholds')}
          inputMode="numeric"
          required
        />
        <div className="field">
          <span className="field-label" id={`live-rate-${fiscalYear}`}>
            {t('membership.liveRate')}
          </span>
          <output className="live-rate" aria-labelledby={`live-rate-${fiscalYear}`} aria-live="polite">
            {formatPercent(liveRate)}
          </output>
        </div>
      </div>
      <FormSelectField form={vf} name="areaCountMethod" label={t('membership.areaCountMethod')} required>
        {AREA_COUNT_METHODS.map((m) => (
          <option key={m} value={m}>
            {enumLabel(t, 'membership.method', m)}
          </option>
        ))}
      </FormSelectField>
      <FormTextField form={vf} name="source" label={t('membership.source')} />
      <FormTextAreaField form={vf} name="note" label={t('membership.note')} rows={2} />
      {changes || confirming ? (
        <FormCheckboxField form={vf} name="confirmLargeChange" label={t('membership.confirmLargeChange')} />
      ) : null}
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </form>
  );
}
