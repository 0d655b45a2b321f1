import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '@/utils/fiscal-year';
import { ja, type MessageKey, type Messages } from './ja';

export type { Lang } from '@/utils/fiscal-year';
export type { MessageKey } from './ja';

/**
 * Japanese is the default and always here; English loads when it is chosen (or was, on an earlier visit), so the
 * first paint does not carry a dictionary most users never read.
 */
const DICTIONARIES: Partial<Record<Lang, Messages>> = { ja };
const LOADERS: Record<Lang, () => Promise<Messages>> = {
  ja: () => Promise.resolve(ja),
  en: () => import('./en').then((m) => m.en),
};

/** Makes `lang`'s dictionary available (a no-op once it is). */
export async function loadLang(lang: Lang): Promise<void> {
  DICTIONARIES[lang] ??= await LOADERS[lang]();
}

/** Before the first render: the dictionary of the language this browser chose last time. */
export function loadInitialLang(): Promise<void> {
  return loadLang(initialLang());
}
export const LANGS: readonly Lang[] = ['ja', 'en'];
export const LANG_STORAGE_KEY = 'kyodo.lang';

export type Params = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: Params) => string;

/** Fills {name} placeholders; an unknown placeholder is left visible so it gets noticed. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // Until a dictionary has loaded (it is loaded before the language is switched to), Japanese stands in.
  const template = (DICTIONARIES[lang] ?? ja)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function isMessageKey(key: string): key is MessageKey {
  return key in ja;
}

function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    if (stored === 'ja' || stored === 'en') return stored;
  } catch {
    // Storage can be unavailable (private mode); Japanese is the default anyway.
  }
  return 'ja';
}

type I18nContextValue = { lang: Lang; setLang: (lang: Lang) => void; t: TFunction };

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    // Switch once the words are here: already loaded means at once.
    if (DICTIONARIES[next]) setLangState(next);
    else void loadLang(next).then(() => setLangState(next));
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // ignore: the choice then lasts for this page only
    }
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}

export function useT(): TFunction {
  return useI18n().t;
}

/**
 * The label of an enum value (`officer.role` + CHAIR → 会長). A value this UI does not know yet is
 * shown as it is rather than hidden: the API may add values (it only grows compatibly).
 */
export function enumLabel(t: TFunction, prefix: string, value: string | undefined | null): string {
  if (!value) return '';
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

/** Labels that are data (organization kinds) come with both languages; pick the one shown. */
export function pickLabel(lang: Lang, labels: { labelJa?: string; labelEn?: string }): string {
  return (lang === 'en' ? labels.labelEn : labels.labelJa) ?? labels.labelJa ?? labels.labelEn ?? '';
}
