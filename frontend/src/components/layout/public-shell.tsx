import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { LanguageSwitch } from './app-shell';

/**
 * The layout of the public pages (公表資料): anyone reads them without signing in, so there is no staff
 * navigation and no user menu — only the site name, the language and the content.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header site-header-public">
        <div className="site-header-inner">
          <Link to="/public" className="site-name">
            <span lang="ja">協働</span> <span lang="en">kyodo</span>
            <span className="site-name-sub">{t('public.siteName')}</span>
          </Link>
          <div className="site-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('public.footer')}</p>
      </footer>
    </>
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
