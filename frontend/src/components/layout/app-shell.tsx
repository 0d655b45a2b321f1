import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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

/** A page of the main navigation. */
export type NavLinkItem = { to: string; label: string };
/** Pages that belong together, behind one button of the main navigation (a disclosure menu). */
export type NavGroup = { label: string; items: NavLinkItem[] };
export type NavItem = NavLinkItem | NavGroup;

function isGroup(item: NavItem): item is NavGroup {
  return 'items' in item;
}

/** Groups without pages are left out; a group of one page is that page. */
export function normalizeNav(items: readonly NavItem[]): NavItem[] {
  return items.flatMap((i): NavItem[] => (isGroup(i) ? (i.items.length > 1 ? [i] : i.items) : [i]));
}

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

/** Whether a page of the navigation is the current one or holds it (`/requests` holds `/requests/12`). */
function holds(to: string, pathname: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * One group of the unfolded navigation: a button that opens its pages as a list under the header — a disclosure
 * menu: the button says whether it is open (`aria-expanded`), the pages follow it in the tab order, Escape closes it
 * and puts the keyboard back on the button, and so does leaving it (a click elsewhere, the keyboard moving on).
 */
function NavMenu({
  group,
  open,
  onToggle,
  onClose,
}: {
  group: NavGroup;
  open: boolean;
  onToggle: () => void;
  onClose: () => void;
}) {
  const location = useLocation();
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLUListElement>(null);
  const panelId = useId();
  const current = group.items.some((i) => holds(i.to, location.pathname));

  // The list hangs from the header (the row clips what overflows it), under its button and within the header.
  useLayoutEffect(() => {
    const list = panel.current;
    const header = root.current?.closest<HTMLElement>('.site-header');
    if (!open || !list || !button.current || !header) return;
    const left = button.current.getBoundingClientRect().left - header.getBoundingClientRect().left;
    list.style.left = `${Math.max(0, Math.min(left, header.clientWidth - list.offsetWidth))}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        onClose();
        button.current?.focus();
      }
    };
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open, onClose]);

  return (
    <li
      ref={root}
      className={`site-nav-group${open ? ' is-open' : ''}`}
      onBlur={(e) => {
        if (open && e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) onClose();
      }}
    >
      <button
        ref={button}
        type="button"
        className={`site-nav-group-toggle${current ? ' is-current' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={onToggle}
      >
        {group.label}
        <span aria-hidden="true" className="site-nav-caret">
          ▾
        </span>
      </button>
      <ul ref={panel} id={panelId} className="site-nav-panel" hidden={!open}>
        {group.items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The main navigation: pages, and groups of pages each behind a button of its own (NavMenu). When the row fits on
 * the header's one row it is shown as it is; when it does not (a phone, a narrow window, a long English menu) it
 * folds behind a menu button — a disclosure: the button says whether the list is open (`aria-expanded`), Escape
 * closes it and puts the keyboard back on the button, choosing a page closes it — and the folded list shows every
 * page, each group's under its name. The current page is marked `aria-current="page"` (NavLink) either way.
 */
export function MainNav({ items: given, collapsed }: { items: NavItem[]; /** Tests: fold regardless of the width. */ collapsed?: boolean }) {
  const { t, lang } = useI18n();
  const location = useLocation();
  const items = normalizeNav(given);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // Another language or another set of items is measured again, unfolded: the fold belongs to what was measured.
  const signature = `${lang}|${items.map((i) => (isGroup(i) ? `${i.label}(${i.items.map((x) => x.label).join(',')})` : i.label)).join('|')}`;
  const [fold, setFold] = useState({ signature, folded: false });
  const folded = fold.signature === signature && fold.folded;
  // Open on the page it was opened on: choosing a page (another path) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  // The group open, on the page it was opened on (the same: choosing a page closes it).
  const [group, setGroup] = useState<{ label: string; path: string } | null>(null);
  // The header width the unfolded list needed: below it the menu stays folded, at or above it unfolds again.
  const needed = useRef(0);
  const compact = collapsed ?? folded;
  const open = compact && openOn === location.pathname;
  const openGroup = !compact && group?.path === location.pathname ? group.label : null;
  const closeGroup = useCallback(() => setGroup(null), []);

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
        {items.map((item, index) =>
          !isGroup(item) ? (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ) : compact ? (
            <li key={item.label} className="site-nav-section">
              <span className="site-nav-heading" id={`${listId}-${index}`}>
                {item.label}
              </span>
              <ul aria-labelledby={`${listId}-${index}`}>
                {item.items.map((page) => (
                  <li key={page.to}>
                    <NavLink to={page.to}>{page.label}</NavLink>
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <NavMenu
              key={item.label}
              group={item}
              open={openGroup === item.label}
              onToggle={() => setGroup(openGroup === item.label ? null : { label: item.label, path: location.pathname })}
              onClose={closeGroup}
            />
          ),
        )}
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
