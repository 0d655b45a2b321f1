import { createElement, type ReactNode } from 'react';
import type { VersionedForm } from '@/lib/forms';
import { useFocusOnMount } from '@/lib/forms';

/**
 * A form that opens in place of a button (add, edit, end a term, correct): its heading names it and takes the
 * keyboard when it opens, so the user hears where they are.
 */
export function FormPanel({
  form,
  title,
  level = 3,
  children,
}: {
  form: Pick<VersionedForm<never>, 'formProps'>;
  title: string;
  /** The heading's level (h3 inside a page section). */
  level?: 2 | 3;
  children: ReactNode;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <form {...form.formProps} className="form form-panel" aria-label={title}>
      {createElement(`h${level}`, { ref: heading, tabIndex: -1 }, title)}
      {children}
    </form>
  );
}
