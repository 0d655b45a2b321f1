import type { ReactNode } from 'react';

/** A part of a page under its own h2, which names it for screen readers (aria-labelledby). */
export function Section({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
