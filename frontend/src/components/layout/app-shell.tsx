import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { LANGS, useI18n, type Lang } from '@/lib/i18n';

const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          className={lang === l ? 'is-current' : undefined}
          onClick={() => setLang(l)}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

export type NavItem = { to: string; label: string };

/**
 * What every layout has: the skip link, a header with the site name (a link home, with `brand` after it) and
 * what the layout adds, the main landmark every page renders into, and the footer.
 */
export function SiteFrame({
  home,
  headerClassName,
  brand,
  header,
  footer,
  children,
}: {
  home: string;
  headerClassName?: string;
  brand?: ReactNode;
  header: ReactNode;
  footer: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={headerClassName ? `site-header ${headerClassName}` : 'site-header'}>
        <div className="site-header-inner">
          <Link to={home} className="site-name">
            <span lang="ja">協働</span> <span lang="en">kyodo</span>
            {brand}
          </Link>
          {header}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{footer}</p>
      </footer>
    </>
  );
}

/**
 * Skip link, header with navigation, and the main landmark every page renders into. The items are
 * the signed-in user's (the app leaves out what their role cannot use); none before signing in.
 */
export function AppShell({
  userMenu,
  nav = [],
  children,
}: {
  userMenu?: ReactNode;
  nav?: NavItem[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <SiteFrame
      home="/districts"
      header={
        <>
          {nav.length > 0 ? (
            <nav aria-label={t('nav.main')} className="site-nav">
              <ul>
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{item.label}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="site-tools">
            <LanguageSwitch />
            {userMenu}
          </div>
        </>
      }
      footer={t('app.name')}
    >
      {children}
    </SiteFrame>
  );
}
