import type { HTMLAttributes, ReactNode } from 'react';

/**
 * One term of a facts list (`<dl className="facts">`): its label and value; `wide` takes the whole row (a
 * note). Attributes such as `lang` go on the value.
 */
export function Fact({
  label,
  wide = false,
  children,
  ...value
}: { label: ReactNode; wide?: boolean; children: ReactNode } & HTMLAttributes<HTMLElement> & { 'data-testid'?: string }) {
  return (
    <div className={wide ? 'facts-wide' : undefined}>
      <dt>{label}</dt>
      <dd {...value}>{children}</dd>
    </div>
  );
}
