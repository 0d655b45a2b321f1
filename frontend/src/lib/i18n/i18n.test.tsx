import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { I18nProvider, LANG_STORAGE_KEY, translate, useI18n } from './index';
import { ja } from './ja';

function Probe() {
  const { t, setLang, lang } = useI18n();
  return (
    <div>
      <p>{t('nav.districts')}</p>
      <button type="button" onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
        switch
      </button>
    </div>
  );
}

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('fills placeholders', () => {
    expect(translate('ja', 'list.total', { total: 42 })).toBe('全 42 件');
    expect(translate('en', 'list.total', { total: 42 })).toBe('42 in total');
  });

  it('defaults to Japanese, switches, remembers the choice and sets <html lang>', () => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('校区')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');

    act(() => screen.getByRole('button', { name: 'switch' }).click());
    expect(screen.getByText('Districts')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Districts')).toBeInTheDocument();
    localStorage.removeItem(LANG_STORAGE_KEY);
  });

  it('loads English only when it is asked for, Japanese standing in until then', async () => {
    vi.resetModules();
    const fresh = await import('./index');
    expect(fresh.translate('en', 'nav.districts')).toBe('校区');
    await fresh.loadLang('en');
    expect(fresh.translate('en', 'nav.districts')).toBe('Districts');
  });
});
