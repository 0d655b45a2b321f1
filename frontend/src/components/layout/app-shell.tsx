import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
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
 * The main navigation. When its items fit on the header's one row they are shown as they are; when they do not
 * (a phone, a narrow window, a long English menu) they fold behind a menu button — a disclosure: the button says
 * whether the list is open (`aria-expanded`), Escape closes it and puts the keyboard back on the button, choosing
 * a page closes it. The current page is marked `aria-current="page"` (NavLink) either way.
 */
export function MainNav({ items, collapsed }: { items: NavItem[]; /** Tests: fold regardless of the width. */ collapsed?: boolean }) {
  const { t, lang } = useI18n();
  const location = useLocation();
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // Another language or another set of items is measured again, unfolded: the fold belongs to what was measured.
  const signature = `${lang}|${items.map((i) => i.label).join('|')}`;
  const [fold, setFold] = useState({ signature, folded: false });
  const folded = fold.signature === signature && fold.folded;
  // Open on the page it was opened on: choosing a page (another path) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  // The header width the unfolded list needed: below it the menu stays folded, at or above it unfolds again.
  const needed = useRef(0);
  const compact = collapsed ?? folded;
  const open = compact && openOn === location.pathname;

  useLayoutEffect(() => {
    if (collapsed !== undefined) return;
    const el = nav.current;
    const header = el?.closest<HTMLElement>('.site-header-inner');
    if (!el || !header || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = header.clientWidth;
      if (!folded) {
        // Unfolded, the header keeps to one row: the list overflows its box when it does not fit.
        const list = el.querySelector('ul');
        const over = list ? list.scrollWidth - list.clientWidth : 0;
        if (over > 1) {
          needed.current = width + over + 8;
          setFold({ signature, folded: true });
        }
      } else if (width >= needed.current) {
        setFold({ signature, folded: false });
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => observer.disconnect();
  }, [folded, collapsed, signature]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpenOn(null);
        toggle.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <nav ref={nav} aria-label={t('nav.main')} className={`site-nav${compact ? ' is-folded' : ''}${open ? ' is-open' : ''}`}>
      {compact ? (
        <button
          ref={toggle}
          type="button"
          className="site-nav-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenOn(open ? null : location.pathname)}
        >
          <span aria-hidden="true" className="site-nav-icon">
            ☰
          </span>
          {t('nav.menu')}
        </button>
      ) : null}
      <ul id={listId} hidden={compact && !open}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
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
          {nav.length > 0 ? <MainNav items={nav} /> : null}
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
