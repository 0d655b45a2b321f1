import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message box. Errors and warnings are announced at once (role=alert); success and info
 * politely (role=status), so a screen reader user hears the outcome of what they just did.
 */
export function Alert({ tone = 'info', title, children }: { tone?: Tone; title?: ReactNode; children?: ReactNode }) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
