import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useIndicatorBindings } from '../api/progress-reports';
import type { IndicatorBinding, IndicatorBindingCode, ScopeLevel } from '../api/types';
import { emptyEvidence, emptyIndicator, needsScopeId, type EvidenceRow, type IndicatorRow } from '../utils/progress-form';

/* The repeated parts of the progress report form: its evidence links and its indicators. */

type Rows<R> = {
  rows: R[];
  /** Changes the list (a row changed, added or removed), from the form's current rows. */
  onRows: (change: (rows: R[]) => R[]) => void;
  /** The message at a field of the row at `index` (`evidence[1].url`). */
  error: (index: number, field: string) => string | undefined;
};

/**
 * A list of rows the user adds and removes: each row a fieldset with its number and a remove button, then the add
 * button. The keyboard goes to a new row's first field (`firstFieldId`), after a removal to the add button.
 */
function RepeatRows<R extends { key: number }>({
  legend,
  hint,
  rows,
  onRows,
  empty,
  rowLegend,
  removeLabel,
  addLabel,
  firstFieldId,
  children,
}: Omit<Rows<R>, 'error'> & {
  legend: string;
  hint: string;
  empty: () => R;
  rowLegend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  firstFieldId: (row: R) => string;
  children: (row: R, index: number) => ReactNode;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else document.getElementById(target)?.focus();
  }, [rows.length]);
  return (
    <fieldset className="fieldset repeat">
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="repeat-row">
          <legend>{rowLegend(i + 1)}</legend>
          <div className="form-grid">{children(row, i)}</div>
          <Button
            variant="link"
            className="btn-small"
            onClick={() => {
              onRows((list) => list.filter((x) => x.key !== row.key));
              focusNext.current = 'add';
            }}
          >
            {removeLabel(i + 1)}
          </Button>
        </fieldset>
      ))}
      <Button
        ref={addButton}
        variant="secondary"
        className="btn-small"
        onClick={() => {
          const row = empty();
          onRows((list) => [...list, row]);
          focusNext.current = firstFieldId(row);
        }}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** 根拠資料: links to what shows the progress. */
export function EvidenceRows({ rows, onRows, error }: Rows<EvidenceRow>) {
  const { t } = useI18n();
  const change = (row: EvidenceRow, part: Partial<EvidenceRow>) =>
    onRows((list) => list.map((x) => (x.key === row.key ? { ...x, ...part } : x)));
  return (
    <RepeatRows
      legend={t('progress.evidence')}
      hint={t('progress.evidenceHint')}
      rows={rows}
      onRows={onRows}
      empty={emptyEvidence}
      rowLegend={(n) => t('progress.evidenceRow', { n })}
      removeLabel={(n) => t('progress.removeEvidence', { n })}
      addLabel={t('progress.addEvidence')}
      firstFieldId={(row) => `evidence-${row.key}`}
    >
      {(row, i) => (
        <>
          <TextField
            id={`evidence-${row.key}`}
            label={t('progress.evidenceLabel')}
            value={row.label}
            error={error(i, 'label')}
            onChange={(e) => change(row, { label: e.target.value })}
          />
          <TextField
            label={t('progress.evidenceUrl')}
            type="url"
            inputMode="url"
            required
            value={row.url}
            error={error(i, 'url')}
            onChange={(e) => change(row, { url: e.target.value })}
          />
        </>
      )}
    </RepeatRows>
  );
}

/** 指標: what was measured, typed or taken live from the system's figures (a binding, for a ward or district). */
export function IndicatorRows({ rows, onRows, error }: Rows<IndicatorRow>) {
  const { t, lang } = useI18n();
  const bindings = useIndicatorBindings();
  const bindingLabel = (b: IndicatorBinding) => (lang === 'en' ? b.en : b.ja);
  const change = (index: number, part: Partial<IndicatorRow>) =>
    onRows((list) => list.map((row, i) => (i === index ? { ...row, ...part } : row)));
  const chooseBinding = (index: number, code: IndicatorBindingCode | '') => {
    const row = rows[index];
    if (!row) return;
    const b = bindings.data?.find((x) => x.code === code);
    change(index, {
      binding: code,
      actual: '',
      unit: b?.unit ?? row.unit,
      name: row.name.trim() === '' && b ? bindingLabel(b) : row.name,
      scopeLevel: b ? (b.scopeLevels[0] ?? '') : '',
      scopeId: '',
    });
  };
  return (
    <RepeatRows
      legend={t('progress.indicators')}
      hint={t('progress.indicatorsHint')}
      rows={rows}
      onRows={onRows}
      empty={emptyIndicator}
      rowLegend={(n) => t('progress.indicatorRow', { n })}
      removeLabel={(n) => t('progress.removeIndicator', { n })}
      addLabel={t('progress.addIndicator')}
      firstFieldId={(row) => `indicator-${row.key}`}
    >
      {(row, i) => {
        const binding = bindings.data?.find((b) => b.code === row.binding);
        const rowErr = (f: string) => error(i, f);
        return (
          <>
            <TextField
              id={`indicator-${row.key}`}
              label={t('progress.indicatorName')}
              required
              value={row.name}
              error={rowErr('name')}
              onChange={(e) => change(i, { name: e.target.value })}
            />
            <SelectField
              label={t('progress.binding')}
              hint={t('progress.bindingHint')}
              value={row.binding}
              error={rowErr('binding')}
              onChange={(e) => chooseBinding(i, e.target.value as IndicatorBindingCode | '')}
            >
              <option value="">{t('progress.bindingNone')}</option>
              {(bindings.data ?? []).map((b) => (
                <option key={b.code} value={b.code}>
                  {bindingLabel(b)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('progress.unit')}
              value={row.unit}
              error={rowErr('unit')}
              onChange={(e) => change(i, { unit: e.target.value })}
            />
            <TextField
              label={t('progress.target')}
              inputMode="decimal"
              value={row.target}
              error={rowErr('target')}
              onChange={(e) => change(i, { target: e.target.value })}
            />
            <TextField
              label={t('progress.actual')}
              inputMode="decimal"
              value={row.binding ? '' : row.actual}
              disabled={row.binding !== ''}
              hint={row.binding ? t('progress.liveHint') : undefined}
              placeholder={row.binding ? t('progress.live') : undefined}
              error={rowErr('actual')}
              onChange={(e) => change(i, { actual: e.target.value })}
            />
            {binding ? (
              <SelectField
                label={t('progress.scopeLevel')}
                required
                value={row.scopeLevel}
                error={rowErr('scopeLevel')}
                onChange={(e) => change(i, { scopeLevel: e.target.value as ScopeLevel | '', scopeId: '' })}
              >
                {binding.scopeLevels.length === 0 ? <option value="">{t('form.notSet')}</option> : null}
                {binding.scopeLevels.map((level) => (
                  <option key={level} value={level}>
                    {t(`progress.scope.${level}` as MessageKey)}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {binding && needsScopeId(row.scopeLevel) ? (
              <ScopeIdSelect
                level={row.scopeLevel as 'WARD' | 'DISTRICT'}
                value={row.scopeId}
                error={rowErr('scopeId')}
                onChange={(scopeId) => change(i, { scopeId })}
              />
            ) : null}
          </>
        );
      }}
    </RepeatRows>
  );
}

/** 区 or 校区 the live figure is taken for. */
function ScopeIdSelect({
  level,
  value,
  error,
  onChange,
}: {
  level: Exclude<ScopeLevel, 'CITY'>;
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  const wards = useWards();
  const districts = useAllDistricts();
  const options =
    level === 'WARD'
      ? (wards.data ?? []).map((w) => ({ id: w.id, name: w.name }))
      : (districts.data ?? []).map((d) => ({ id: d.id, name: d.wardName ? `${d.name}（${d.wardName}）` : d.name }));
  return (
    <SelectField
      label={t(level === 'WARD' ? 'progress.scopeWard' : 'progress.scopeDistrict')}
      required
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('form.notSet')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
