import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';

/**
 * Holds a table that may be wider than the screen (a phone). When it does not fit, the box scrolls
 * sideways, says so, and becomes a named region that takes keyboard focus, so it can be scrolled
 * without a mouse and a screen reader knows which table it is in. When it fits, it is a plain box
 * and adds no tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="table-scroll-wrap">
      {overflows ? (
        <p className="table-scroll-hint" aria-hidden="true">
          {t('list.scrollHint')}
        </p>
      ) : null}
      <div
        ref={box}
        className={`table-scroll${overflows ? ' is-overflowing' : ''}`}
        role={overflows ? 'region' : undefined}
        aria-label={overflows ? label : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
