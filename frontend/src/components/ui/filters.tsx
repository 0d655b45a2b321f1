import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { Button } from './button';
import { SelectField } from './field';

export type Choice = { value: string | number; label: string; /** Choices with a group are shown under it (optgroup). */ group?: string };

/** The choices in their order, consecutive ones of the same group under one `<optgroup>`. */
export function ChoiceOptions({ choices }: { choices: readonly Choice[] }) {
  const runs: { group: string | undefined; choices: Choice[] }[] = [];
  for (const c of choices) {
    const last = runs[runs.length - 1];
    if (last && last.group === c.group) last.choices.push(c);
    else runs.push({ group: c.group, choices: [c] });
  }
  const options = (list: Choice[]) =>
    list.map((c) => (
      <option key={c.value} value={c.value}>
        {c.label}
      </option>
    ));
  return (
    <>
      {runs.map((run, i) =>
        run.group ? (
          <optgroup key={`${run.group}-${i}`} label={run.group}>
            {options(run.choices)}
          </optgroup>
        ) : (
          options(run.choices)
        ),
      )}
    </>
  );
}

/** A list filter: 「すべて」 (no filter) and the choices; `onChange` gets undefined for 「すべて」. */
export function FilterSelect({
  label,
  allLabel,
  value,
  choices,
  onChange,
}: {
  label: ReactNode;
  allLabel: string;
  value: string | number | null | undefined;
  choices: readonly Choice[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <SelectField label={label} value={value ? String(value) : ''} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{allLabel}</option>
      <ChoiceOptions choices={choices} />
    </SelectField>
  );
}

/** The buttons of a filter form: search (or `label`), and 条件をクリア when `onClear` is given. */
export function FilterActions({ label, onClear }: { label?: string; onClear?: (() => void) | false }) {
  const t = useT();
  return (
    <div className="filters-actions">
      <Button type="submit">{label ?? t('district.searchSubmit')}</Button>
      {onClear ? (
        <Button variant="link" onClick={onClear}>
          {t('district.clear')}
        </Button>
      ) : null}
    </div>
  );
}
