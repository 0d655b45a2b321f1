import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { enumLabel, useT } from '@/lib/i18n';
import { useMe } from '@/lib/auth';
import { useSignOut } from '../api/sign-out';

/** Disclosure with the user's name and role, the link to their settings and the sign-out button; Escape closes it. */
export function UserMenu() {
  const t = useT();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  if (!me.data) return null;
  const user = me.data;

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="user-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('user.menu')}: </span>
        {user.displayName}
        <span aria-hidden="true" className="user-menu-caret">
          ▾
        </span>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-name">{user.displayName}</p>
        <p>{t('user.signedInAs', { name: user.username })}</p>
        <p className="user-menu-role">{enumLabel(t, 'role', user.role)}</p>
        <p>
          <Link to="/settings" onClick={() => setOpen(false)}>
            {t('user.settings')}
          </Link>
        </p>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/signin', { replace: true }) })}
        >
          {t('user.signOut')}
        </button>
      </div>
    </div>
  );
}
