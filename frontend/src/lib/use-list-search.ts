import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useDraft } from './use-draft';

/**
 * A list whose state is the URL (?q=&…&page=), so it survives a reload and can be shared: `update` sets filters
 * (a new filter or order starts from the first page), the search box's text goes to `q` when its form is
 * submitted, `clear` drops every filter. Back/forward changes the URL under the page; the box follows it.
 */
export function useListSearch() {
  const [search, setSearch] = useSearchParams();
  const [q, setQ] = useDraft(search.get('q') ?? '', search);
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete('page');
    setSearch(next);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update({ q: q.trim() || undefined });
  };
  const clear = () => setSearch(new URLSearchParams());
  return { search, setSearch, q, setQ, update, onSubmit, clear };
}

/** A positive whole number from the URL (`?page=2`, `?section=3`), else undefined. */
export function positiveParam(search: URLSearchParams, key: string): number | undefined {
  const n = Number(search.get(key));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The search text and the order a list's URL asks for (`?q=`, `?sort=`), leaving out what it does not. */
export function textAndOrder(search: URLSearchParams): { q?: string; sort?: string } {
  const q = search.get('q')?.trim();
  const sort = search.get('sort');
  return { ...(q ? { q } : {}), ...(sort ? { sort } : {}) };
}

/** One of `allowed` from the URL (`?kind=NOTICE`), else undefined. */
export function choiceParam<T extends string>(search: URLSearchParams, key: string, allowed: readonly T[]): T | undefined {
  const v = search.get(key);
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}
