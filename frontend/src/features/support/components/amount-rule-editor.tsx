import { useRef } from 'react';
import { useFieldArray, useWatch, type FieldPath } from 'react-hook-form';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { Button } from '@/components/ui/button';
import type { VersionedForm } from '@/lib/forms';
import { enumLabel, useI18n } from '@/lib/i18n';
import {
  emptyPart,
  emptyUnit,
  MAX_PARTS,
  MAX_UNITS,
  ruleOfValues,
  type PartValues,
  type ProgramValues,
  type RuleValues,
} from '../utils/program-values';
import { describeRule, HOUSEHOLDS, PART_KINDS, ROUNDING_MODES, ROUNDING_UNITS, RULE_KINDS } from '../utils/rule';
import '../i18n';

type Form = VersionedForm<ProgramValues>;
/** Where a rule's values sit in the form: the rule itself, or one part of a combination. */
type Base = 'amountRule' | `amountRule.parts.${number}`;
const at = (base: Base, field: string) => `${base}.${field}` as FieldPath<ProgramValues>;

/** An error of a list (react-hook-form keeps a list's own error at `.root` once its rows have fields). */
const listError = (form: Form, path: string) => form.fieldError(path) ?? form.fieldError(`${path}.root`);

/**
 * 算定方法: the kind of rule (均等割, 世帯割, 人口割, 補助率, 単価, 組合せ), the fields of that kind, and — for every kind
 * but 均等割 — rounding and a cap. A combination is a list of parts, each a rule of another kind. Under the fields
 * the rule reads back in words, as the detail page will write it.
 */
export function AmountRuleEditor({ form }: { form: Form }) {
  const { t, lang } = useI18n();
  const rule = useWatch({ control: form.form.control, name: 'amountRule' }) as RuleValues;
  const described = rule.kind ? ruleOfValues(rule) : undefined;
  return (
    <fieldset className="fieldset support-rule">
      <legend>{t('support.field.amountRule')}</legend>
      <FormSelectField
        form={form}
        name="amountRule.kind"
        label={t('support.rule.kindLabel')}
        hint={t('support.rule.kindHint')}
        onChange={(e) => prepare(form, 'amountRule', e.target.value, rule)}
      >
        <option value="">{t('support.rule.none')}</option>
        {RULE_KINDS.map((k) => (
          <option key={k} value={k}>
            {enumLabel(t, 'support.ruleKind', k)}
          </option>
        ))}
      </FormSelectField>
      {rule.kind === 'COMBINED' ? <CombinedParts form={form} /> : <PartFields form={form} base="amountRule" kind={rule.kind} />}
      {rule.kind && rule.kind !== 'FLAT' ? <RoundingAndCap form={form} base="amountRule" /> : null}
      {described ? (
        <p className="support-rule-preview">
          <span className="field-label">{t('support.rule.preview')}</span> {describeRule(described, t, lang)}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A new kind needs rows to type in: one unit price, or the usual 均等割 ＋ 世帯割 of a combination. */
function prepare(form: Form, base: Base, kind: string, current: PartValues & { parts?: PartValues[] }) {
  if (kind === 'PER_UNIT' && current.units.length === 0) form.form.setValue(at(base, 'units'), [emptyUnit()]);
  if (kind === 'COMBINED' && (current.parts ?? []).length === 0) {
    form.form.setValue('amountRule.parts', [emptyPart('FLAT'), emptyPart('PER_HOUSEHOLD')]);
  }
}

/** The fields of one kind of rule. */
function PartFields({ form, base, kind }: { form: Form; base: Base; kind: string }) {
  const { t } = useI18n();
  const yenHint = t('support.rule.yenHint');
  switch (kind) {
    case 'FLAT':
      return (
        <div className="form-grid">
          <FormTextField form={form} name={at(base, 'yen')} label={t('support.rule.yen')} inputMode="numeric" hint={yenHint} required />
        </div>
      );
    case 'PER_HOUSEHOLD':
      return (
        <div className="form-grid">
          <FormSelectField form={form} name={at(base, 'households')} label={t('support.rule.households')} required>
            {HOUSEHOLDS.map((h) => (
              <option key={h} value={h}>
                {enumLabel(t, 'support.households', h)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField
            form={form}
            name={at(base, 'yenPerHousehold')}
            label={t('support.rule.yenPerHousehold')}
            inputMode="decimal"
            hint={t('support.rule.priceHint')}
            required
          />
        </div>
      );
    case 'PER_CAPITA':
      return (
        <div className="form-grid">
          <FormTextField
            form={form}
            name={at(base, 'yenPerPerson')}
            label={t('support.rule.yenPerPerson')}
            inputMode="decimal"
            hint={t('support.rule.priceHint')}
            required
          />
        </div>
      );
    case 'COST_SHARE':
      return (
        <div className="form-grid">
          <FormTextField
            form={form}
            name={at(base, 'share')}
            label={t('support.rule.share')}
            inputMode="decimal"
            hint={t('support.rule.shareHint')}
            required
          />
        </div>
      );
    case 'PER_UNIT':
      return <UnitRows form={form} base={base} />;
    default:
      return null;
  }
}

/** 単価: rows of a unit's key, its name and its price. */
function UnitRows({ form, base }: { form: Form; base: Base }) {
  const { t } = useI18n();
  const rows = useFieldArray({ control: form.form.control, name: at(base, 'units') as `amountRule.units` });
  const add = useRef<HTMLButtonElement>(null);
  const error = listError(form, at(base, 'units'));
  return (
    <fieldset className="fieldset">
      <legend>{t('support.rule.unitPrices')}</legend>
      <p className="field-hint">{t('support.rule.unitHint')}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {rows.fields.map((row, i) => (
        <div key={row.id} className="support-row" role="group" aria-label={t('support.rule.unitRow', { n: i + 1 })}>
          <div className="form-grid">
            <FormTextField form={form} name={at(base, `units.${i}.key`)} label={t('support.rule.unitKey')} required maxLength={40} />
            <FormTextField form={form} name={at(base, `units.${i}.label`)} label={t('support.rule.unitLabel')} maxLength={100} />
            <FormTextField
              form={form}
              name={at(base, `units.${i}.price`)}
              label={t('support.rule.unitPrice')}
              inputMode="decimal"
              required
            />
          </div>
          <Button
            variant="secondary"
            className="btn-small"
            onClick={() => {
              rows.remove(i);
              add.current?.focus();
            }}
          >
            {t('support.rule.removeUnit', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button variant="secondary" ref={add} onClick={() => rows.append(emptyUnit())} disabled={rows.fields.length >= MAX_UNITS}>
        {t('support.rule.addUnit')}
      </Button>
    </fieldset>
  );
}

/** 組合せ: the parts, each a rule of its own kind (no combination inside a combination). */
function CombinedParts({ form }: { form: Form }) {
  const { t } = useI18n();
  const parts = useFieldArray({ control: form.form.control, name: 'amountRule.parts' });
  const kinds = useWatch({ control: form.form.control, name: 'amountRule.parts' });
  const add = useRef<HTMLButtonElement>(null);
  const error = listError(form, 'amountRule.parts');
  return (
    <fieldset className="fieldset">
      <legend>{t('support.rule.parts')}</legend>
      <p className="field-hint">{t('support.rule.partsHint')}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {parts.fields.map((part, i) => {
        const base: Base = `amountRule.parts.${i}`;
        const current = kinds[i] ?? emptyPart();
        return (
          <fieldset key={part.id} className="fieldset support-part">
            <legend>{t('support.rule.part', { n: i + 1 })}</legend>
            <FormSelectField
              form={form}
              name={at(base, 'kind')}
              label={t('support.rule.partKind', { n: i + 1 })}
              required
              onChange={(e) => prepare(form, base, e.target.value, current)}
            >
              <option value="">{t('support.rule.choose')}</option>
              {PART_KINDS.map((k) => (
                <option key={k} value={k}>
                  {enumLabel(t, 'support.ruleKind', k)}
                </option>
              ))}
            </FormSelectField>
            <PartFields form={form} base={base} kind={current.kind} />
            {current.kind && current.kind !== 'FLAT' ? <RoundingAndCap form={form} base={base} /> : null}
            <Button
              variant="secondary"
              className="btn-small"
              onClick={() => {
                parts.remove(i);
                add.current?.focus();
              }}
            >
              {t('support.rule.removePart', { n: i + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <Button variant="secondary" ref={add} onClick={() => parts.append(emptyPart('FLAT'))} disabled={parts.fields.length >= MAX_PARTS}>
        {t('support.rule.addPart')}
      </Button>
    </fieldset>
  );
}

/** 端数処理 (unit and mode; none: 円未満切捨て) and 上限額. */
function RoundingAndCap({ form, base }: { form: Form; base: Base }) {
  const { t } = useI18n();
  const unit = useWatch({ control: form.form.control, name: at(base, 'rounding.unit') }) as string;
  return (
    <div className="form-grid">
      <FormSelectField form={form} name={at(base, 'rounding.unit')} label={t('support.rule.roundingUnit')}>
        <option value="">{t('support.rule.roundingDefault')}</option>
        {ROUNDING_UNITS.map((u) => (
          <option key={u} value={u}>
            {enumLabel(t, 'support.rounding.unit', String(u))}
          </option>
        ))}
      </FormSelectField>
      {unit ? (
        <FormSelectField form={form} name={at(base, 'rounding.mode')} label={t('support.rule.roundingMode')}>
          {ROUNDING_MODES.map((m) => (
            <option key={m} value={m}>
              {enumLabel(t, 'support.rounding.mode', m)}
            </option>
          ))}
        </FormSelectField>
      ) : null}
      <FormTextField
        form={form}
        name={at(base, 'cap')}
        label={t('support.rule.capLabel')}
        inputMode="numeric"
        hint={t('support.rule.capHint')}
      />
    </div>
  );
}
