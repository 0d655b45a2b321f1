import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { I18nProvider, isMessageKey, LANG_STORAGE_KEY, registerMessages, translate, useI18n, type MessageKey } from './index';
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

  it('looks in the feature dictionaries registered, in either language', () => {
    // A key of no dictionary (here: of one not registered yet) is shown as it is, so that it gets noticed.
    const key = 'i18nTest.greeting' as MessageKey;
    expect(isMessageKey(key)).toBe(false);
    expect(translate('ja', key)).toBe('i18nTest.greeting');

    registerMessages({ ja: { 'i18nTest.greeting': 'こんにちは、{name}さん' }, en: { 'i18nTest.greeting': 'Hello, {name}' } });
    expect(isMessageKey(key)).toBe(true);
    expect(translate('ja', key, { name: '博多' })).toBe('こんにちは、博多さん');
    expect(translate('en', key, { name: 'Hakata' })).toBe('Hello, Hakata');
  });

  it('refuses a feature dictionary that repeats a key of the core', () => {
    expect(() => registerMessages({ ja: { 'nav.districts': '校区' }, en: { 'nav.districts': 'Districts' } })).toThrow(
      /nav\.districts/,
    );
    expect(translate('ja', 'nav.districts')).toBe('校区');
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
