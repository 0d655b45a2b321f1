import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ja as councilMessages } from '@/features/council-bodies/i18n';
import type { ja as facilityMessages } from '@/features/facilities/i18n';
import type { ja as grantMessages } from '@/features/grants/i18n';
import type { ja as importMessages } from '@/features/imports/i18n';
import type { ja as joinPromotionMessages } from '@/features/join-promotion/i18n';
import type { ja as eventMessages } from '@/features/support-events/i18n';
import type { ja as supportMessages } from '@/features/support/i18n';
import type { ja as volunteerMessages } from '@/features/volunteers/i18n';
import type { Lang } from '@/utils/fiscal-year';
import { ja, type MessageKey as CoreKey, type Messages } from './ja';

export type { Lang } from '@/utils/fiscal-year';

/*
 * Feature dictionaries. The core (ja.ts, en.ts) holds what the shell and the shared pages say. Messages that only a
 * feature's pages say live in `features/<name>/i18n.ts`, which exports `ja` and `en` (typed
 * `FeatureMessages<typeof ja>`, so a missing or extra translation fails tsc) and calls `registerMessages({ ja, en })`
 * at its top level. Every module that renders those keys imports it (`import '../i18n'` inside the feature,
 * `import '@/features/<name>/i18n'` from app/), so the messages arrive with the page's chunk, never in the first
 * load. Its keys join `MessageKey` through the type-only import above, which bundles nothing. The rule: a key the
 * first-load shell uses (the menu's labels) stays in the core; a key that a shared component shows only on a
 * feature's pages (the history of its records) may move, those pages importing the dictionary.
 */
export type MessageKey =
  | CoreKey
  | keyof typeof supportMessages
  | keyof typeof grantMessages
  | keyof typeof importMessages
  | keyof typeof eventMessages
  | keyof typeof facilityMessages
  | keyof typeof councilMessages
  | keyof typeof volunteerMessages
  | keyof typeof joinPromotionMessages;

/** A feature's English, typed against its Japanese: the same keys, no more, no fewer. */
export type FeatureMessages<Ja extends Record<string, string>> = Record<keyof Ja, string>;

/**
 * Japanese is the default and always here; English loads when it is chosen (or was, on an earlier visit), so the
 * first paint does not carry a dictionary most users never read. A feature dictionary brings both languages.
 */
const DICTIONARIES: Partial<Record<Lang, Messages>> = { ja };
const LOADERS: Record<Lang, () => Promise<Messages>> = {
  ja: () => Promise.resolve(ja),
  en: () => import('./en').then((m) => m.en),
};
/** The feature dictionaries registered so far, both languages each. */
const FEATURES: Record<Lang, Record<string, string>> = { ja: {}, en: {} };

/** Adds a feature dictionary (see above); called once, at the top level of `features/<name>/i18n.ts`. */
export function registerMessages<K extends string>(messages: Record<Lang, Record<K, string>>): void {
  if (import.meta.env.DEV) {
    const clash = Object.keys(messages.ja).find((key) => key in ja);
    if (clash) throw new Error(`${clash} is in the core dictionary and a feature dictionary`);
  }
  Object.assign(FEATURES.ja, messages.ja);
  Object.assign(FEATURES.en, messages.en);
}

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

/**
 * Fills {name} placeholders; an unknown placeholder is left visible so it gets noticed, and so is the key of a
 * feature dictionary that the page forgot to import.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // Until a dictionary has loaded (it is loaded before the language is switched to), Japanese stands in.
  const core: Record<string, string> = DICTIONARIES[lang] ?? ja;
  const template = core[key] ?? FEATURES[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Whether the key is in the core or a feature dictionary registered so far. */
export function isMessageKey(key: string): key is MessageKey {
  return key in ja || key in FEATURES.ja;
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
