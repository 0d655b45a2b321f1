import { useCallback, useEffect, useRef, useState } from 'react';

/** Puts the keyboard on the element once it is shown (the heading of a panel or confirmation that just opened). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** After a failed submit, put the keyboard on the first field that needs attention (in reading order). */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>(trigger: unknown) {
  const form = useRef<T>(null);
  useEffect(() => {
    if (!trigger) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [trigger]);
  return form;
}

/**
 * After a save the form (or the button that had focus) may be gone, which leaves the keyboard on the page body.
 * Then focus goes to `target` when given, else to the success message that appeared, else to the page heading.
 */
export function focusAfterSave(target?: () => HTMLElement | null | undefined): void {
  window.setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const el =
      target?.() ??
      document.querySelector<HTMLElement>('.alert-success[role="status"]') ??
      document.querySelector<HTMLElement>('main h1, h1');
    if (!el) return;
    if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
      el.setAttribute('tabindex', '-1');
    }
    el.focus();
  }, 0);
}

/**
 * 編集 in place: whether the form is open, and the button that opens it. The form should take the keyboard when it
 * opens (`focusOnOpen` of the versioned form, or a FormPanel's heading); when it closes — saved or cancelled — the
 * keyboard goes back to the 編集 button (put `buttonRef` on it), not to the page body.
 */
export function useEditSwitch() {
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (editing || !returning.current) return;
    returning.current = false;
    buttonRef.current?.focus();
  }, [editing]);
  const open = useCallback(() => setEditing(true), []);
  const close = useCallback(() => {
    returning.current = true;
    setEditing(false);
  }, []);
  return { editing, open, close, buttonRef };
}
