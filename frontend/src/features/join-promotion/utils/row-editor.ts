import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * 追加 and 編集 of a list's rows in one panel above the list: what is being edited (`'new'` or a row), and the button
 * that opened it, which takes the keyboard back when the panel closes (saved or cancelled) — or, when that button went
 * away (its row deleted or moved), the list's add button.
 */
export function useRowEditor<T>() {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (editing !== null || !returning.current) return;
    returning.current = false;
    const back = opener.current?.isConnected ? opener.current : addButton.current;
    back?.focus();
  }, [editing]);
  const open = useCallback((what: T | 'new') => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(what);
  }, []);
  const close = useCallback(() => {
    returning.current = true;
    setEditing(null);
  }, []);
  return { editing, open, close, addButton };
}
