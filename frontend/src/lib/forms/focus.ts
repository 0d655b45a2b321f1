import { useEffect, useRef } from 'react';

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
