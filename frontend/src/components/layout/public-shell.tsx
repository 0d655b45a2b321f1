import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import { LanguageSwitch, SiteFrame } from './app-shell';

/**
 * The layout of the public pages (公表資料): anyone reads them without signing in, so there is no staff
 * navigation and no user menu — only the site name, the language and the content.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <SiteFrame
      home="/public"
      headerClassName="site-header-public"
      brand={<span className="site-name-sub">{t('public.siteName')}</span>}
      header={
        <div className="site-tools">
          <LanguageSwitch />
        </div>
      }
      footer={t('public.footer')}
    >
      {children}
    </SiteFrame>
  );
}

/** The print page: nothing around the document but a toolbar that does not print. */
export function PrintShell({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="print-main">
      {children}
    </main>
  );
}
