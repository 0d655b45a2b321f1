import type { ElementType, ReactNode } from 'react';

/** Read by screen readers, not shown. */
export function VisuallyHidden({ children, as: Tag = 'span' }: { children: ReactNode; as?: ElementType }) {
  return <Tag className="visually-hidden">{children}</Tag>;
}
