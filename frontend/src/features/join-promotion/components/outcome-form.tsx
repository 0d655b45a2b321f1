import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useEditSwitch, useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { OUTCOMES, useRecordOutcome, type NewBuilding } from '../api/join-promotion';
import { formatUnits, outcomeChoiceLabel } from '../utils/labels';
import { joins, outcomeBodyOf, outcomeSchema, outcomeValuesOf, type OutcomeValues } from '../utils/values';
import { OutcomeBadge } from './badges';
import './join-promotion.css';
import '../i18n';

/**
 * 協力の結果: what came of asking the developer — the outcome, its day and the units that joined — and, for those who
 * may record it, 結果を記録 opening the form in place (the keyboard goes back to the button when it closes).
 */
export function OutcomePanel({ building: b, etag, onReload }: { building: NewBuilding; etag: string; onReload: () => void }) {
  const { t, lang } = useI18n();
  const { editing, open, close, buttonRef } = useEditSwitch();
  const [saved, setSaved] = useState(false);
  return (
    <>
      {saved && !editing ? <Alert tone="success">{t('jp.outcome.saved')}</Alert> : null}
      <p className="jp-outcome" data-testid="building-outcome">
        <OutcomeBadge outcome={b.outcome} uncontacted={b.contactCount === 0} />
        {b.outcome !== 'PENDING' && b.outcomeOn ? <span>{formatWarekiDate(b.outcomeOn, lang)}</span> : null}
        {joins(b.outcome) ? (
          <span>{t('jp.outcome.joinedOf', { joined: formatUnits(b.joinedUnits, t, lang), units: formatUnits(b.units, t, lang) })}</span>
        ) : null}
      </p>
      {b.outcome === 'PENDING' ? <p className="field-hint">{t('jp.outcome.pendingHint')}</p> : null}
      {b.permissions.canEdit && !editing ? (
        <Button
          variant="secondary"
          ref={buttonRef}
          onClick={() => {
            setSaved(false);
            open();
          }}
        >
          {t('jp.outcome.record')}
        </Button>
      ) : null}
      {editing ? (
        <OutcomeForm
          // a changed building (a contact added meanwhile) opens the form afresh on its new version
          key={etag}
          building={b}
          etag={etag}
          onSaved={() => {
            setSaved(true);
            close();
          }}
          onCancel={close}
          onReload={onReload}
        />
      ) : null}
    </>
  );
}

type Form = VersionedForm<OutcomeValues>;

/**
 * The outcome form: 協議中 clears the outcome; 一括加入, 個別加入 and 自治会を結成 ask for the day and the units that joined
 * (at most the building's; 一括加入 starts with all of them); 協力を得られず asks for the day only. Sent with the
 * building's ETag; a 412 offers the building as it now stands.
 */
export function OutcomeForm({
  building: b,
  etag,
  onSaved,
  onCancel,
  onReload,
}: {
  building: NewBuilding;
  etag: string;
  onSaved: (saved: NewBuilding) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const record = useRecordOutcome(b.id);
  const schema = useMemo(() => outcomeSchema(t, b.units), [t, b.units]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: outcomeValuesOf(b),
    etag,
    submit: (values, meta) => record.mutateAsync({ body: outcomeBodyOf(values), etag: meta.etag ?? etag }),
    onSaved,
    // after a 412: the building read again, and the form opened afresh on its new version (keyed by the ETag)
    reload: async () => onReload(),
  });
  const outcome = useWatch({ control: vf.form.control, name: 'outcome' });
  const title = t('jp.outcome.formTitle');
  return (
    <div className="jp-panel">
      <FormPanel form={vf} title={title}>
        <FormAlert form={vf} />
        <div className="form-grid">
          <FormSelectField
            form={vf}
            name="outcome"
            label={t('jp.building.outcome')}
            required
            onChange={(e) => {
              // 一括加入: the management company joins for every unit
              if (e.target.value === 'BLOCK_JOIN' && !vf.form.getValues('joinedUnits')) vf.form.setValue('joinedUnits', String(b.units));
              if (e.target.value !== 'PENDING' && !vf.form.getValues('outcomeOn')) vf.form.setValue('outcomeOn', isoDate());
            }}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeChoiceLabel(t, o)}
              </option>
            ))}
          </FormSelectField>
          {outcome !== 'PENDING' ? (
            <FormTextField form={vf} name="outcomeOn" type="date" label={t('jp.building.outcomeOn')} required max={isoDate()} />
          ) : null}
          {joins(outcome) ? (
            <FormTextField
              form={vf}
              name="joinedUnits"
              label={t('jp.building.joinedUnits')}
              required
              inputMode="numeric"
              autoComplete="off"
              hint={t('jp.outcome.unitsHint', { units: formatUnits(b.units, t, lang) })}
            />
          ) : null}
        </div>
        {outcome === 'DECLINED' ? <p className="field-hint">{t('jp.outcome.declinedHint')}</p> : null}
        <FormActions saving={vf.saving} disabled={vf.stale} label={t('jp.outcome.save')} onCancel={onCancel} />
      </FormPanel>
    </div>
  );
}
