import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { StaleAlert } from '@/components/ui/stale-alert';
import { etagOf } from '@/lib/api-client';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { mergeErrors, optional, parseCount, useFocusFirstInvalid } from '@/lib/form';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatFiscalYearBoth } from '@/utils/fiscal-year';
import { formatPercent, joinRateOf } from '@/utils/format';
import { AREA_COUNT_METHODS, type AreaCountMethod, type MembershipFigure } from '../api/get-membership-figures';
import { usePutMembershipFigure } from '../api/put-membership-figure';
import './membership-figure-form.css';

type Values = {
  households: string;
  memberHouseholds: string;
  areaCountMethod: AreaCountMethod;
  source: string;
  note: string;
};

function valuesOf(f: MembershipFigure | undefined): Values {
  return {
    households: f?.households === undefined ? '' : String(f.households),
    memberHouseholds: f?.memberHouseholds === undefined ? '' : String(f.memberHouseholds),
    areaCountMethod: f?.areaCountMethod ?? 'RESIDENT_REGISTRY',
    source: f?.source ?? '',
    note: f?.note ?? '',
  };
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
  const [values, setValues] = useState<Values>(() => valuesOf(existing));
  const [etag, setEtag] = useState<string | undefined>(
    existing?.version === undefined ? undefined : etagOf(existing.version),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const form = useFocusFirstInvalid(attempt);

  const households = parseCount(values.households);
  const members = parseCount(values.memberHouseholds);
  const liveRate = joinRateOf(households, members);
  const stale = put.error instanceof ApiError && put.error.isStale;
  const errors = mergeErrors(clientErrors, fieldErrorsOf(put.error));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const yearLabel = formatFiscalYearBoth(fiscalYear, lang);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (households === undefined)
      found.households = values.households.trim() ? t('form.notInteger') : t('form.requiredMissing');
    if (members === undefined)
      found.memberHouseholds = values.memberHouseholds.trim() ? t('form.notInteger') : t('form.requiredMissing');
    if (households !== undefined && members !== undefined && members > households)
      found.memberHouseholds = t('form.memberOverHouseholds');
    setClientErrors(found);
    if (Object.keys(found).length > 0 || households === undefined || members === undefined) {
      setAttempt((a) => a + 1);
      return;
    }
    put.mutate(
      {
        fiscalYear,
        etag,
        body: {
          households,
          memberHouseholds: members,
          areaCountMethod: values.areaCountMethod,
          source: optional(values.source),
          note: optional(values.note),
        },
      },
      { onSuccess: onSaved, onError: () => setAttempt((a) => a + 1) },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      setValues(valuesOf(fresh));
      setEtag(fresh?.version === undefined ? undefined : etagOf(fresh.version));
      put.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <form
      ref={form}
      className="form form-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('membership.enterTitle', { year: yearLabel })}
    >
      <h3>{t('membership.enterTitle', { year: yearLabel })}</h3>
      {stale ? (
        <StaleAlert onReload={() => void reload()} reloading={reloading} />
      ) : put.error ? (
        <Alert tone="error">{problemMessage(put.error, t)}</Alert>
      ) : null}
      <div className="form-grid">
        <TextField
          label={t('membership.households')}
          name="households"
          inputMode="numeric"
          required
          value={values.households}
          error={errors.households}
          onChange={(e) => set('households', e.target.value)}
        />
        <TextField
          label={t('membership.memberHouseholds')}
          name="memberHouseholds"
          inputMode="numeric"
          required
          value={values.memberHouseholds}
          error={errors.memberHouseholds}
          onChange={(e) => set('memberHouseholds', e.target.value)}
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
      <SelectField
        label={t('membership.areaCountMethod')}
        name="areaCountMethod"
        required
        value={values.areaCountMethod}
        error={errors.areaCountMethod}
        onChange={(e) => set('areaCountMethod', e.target.value as AreaCountMethod)}
      >
        {AREA_COUNT_METHODS.map((m) => (
          <option key={m} value={m}>
            {enumLabel(t, 'membership.method', m)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('membership.source')}
        name="source"
        value={values.source}
        error={errors.source}
        onChange={(e) => set('source', e.target.value)}
      />
      <TextAreaField
        label={t('membership.note')}
        name="note"
        rows={2}
        value={values.note}
        error={errors.note}
        onChange={(e) => set('note', e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={put.isPending || stale}>
          {put.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
