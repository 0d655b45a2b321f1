import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

// Focus moves to the new page's heading after client-side navigation (not on the first load),
// so screen reader and keyboard users start reading at the page that just opened.
let firstPage = true;

export function usePageTitle(title: string | undefined) {
  const t = useT();
  useEffect(() => {
    const app = t('app.name');
    document.title = title ? `${title} | ${app}` : app;
  }, [title, t]);
}

export function Page({
  title,
  breadcrumbs = [],
  actions,
  children,
}: {
  title: string;
  breadcrumbs?: Crumb[];
  actions?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
  }, []);
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
