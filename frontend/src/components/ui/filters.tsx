import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { Button } from './button';
import { SelectField } from './field';

export type Choice = { value: string | number; label: string };

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
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
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
