import { useEffect, useRef } from 'react';

/** Server field errors win only where the browser found nothing wrong with the field itself. */
export function mergeErrors(client: Record<string, string>, server: Record<string, string>): Record<string, string> {
  return { ...server, ...client };
}

/** After a failed submit, put the keyboard on the first field that needs attention. */
export function useFocusFirstInvalid(trigger: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!trigger) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [trigger]);
  return form;
}

/** '' → undefined, so absent stays absent on the wire. */
export function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

export function parseCount(value: string): number | undefined {
  const v = value.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^\d+$/.test(v)) return undefined;
  return Number(v);
}
