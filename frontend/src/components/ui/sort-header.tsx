import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';

export type SortState = { key: string; desc: boolean } | null;

/** "kana,-code" → the first key, which is what the table shows as sorted. */
export function parseSort(sort: string | null | undefined): SortState {
  const first = sort?.split(',')[0]?.trim();
  if (!first) return null;
  return first.startsWith('-') ? { key: first.slice(1), desc: true } : { key: first.replace(/^\+/, ''), desc: false };
}

export function formatSort(state: SortState): string | undefined {
  if (!state) return undefined;
  return `${state.desc ? '-' : ''}${state.key}`;
}

/** Column header whose button cycles ascending → descending; the state is exposed with aria-sort. */
export function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  className,
}: {
  label: ReactNode;
  sortKey: string;
  sort: SortState;
  onSort: (next: SortState) => void;
  className?: string;
}) {
  const t = useT();
  const active = sort?.key === sortKey;
  const ariaSort = active ? (sort.desc ? 'descending' : 'ascending') : 'none';
  const nextDesc = active ? !sort.desc : false;
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort({ key: sortKey, desc: nextDesc })}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.desc ? '▼' : '▲') : '↕'}
        </span>
        <span className="visually-hidden">{nextDesc ? t('list.sortDesc') : t('list.sortAsc')}</span>
      </button>
    </th>
  );
}
