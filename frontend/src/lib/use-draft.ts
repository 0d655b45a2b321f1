import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A value the user edits before submitting it (a search box whose text goes to the URL on submit): it starts from
 * `value` and starts over from it whenever `source` changes (back/forward gives a new URL). Reset during render, as
 * React recommends, rather than in an effect that would paint the stale text first.
 */
export function useDraft<T>(value: T, source: unknown): [T, Dispatch<SetStateAction<T>>] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(source);
  if (seen !== source) {
    setSeen(source);
    setDraft(value);
  }
  return [draft, setDraft];
}
