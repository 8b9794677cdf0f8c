import type { Language } from '../graphql/generated/graphql';

/** The languages Braid speaks; the GraphQL enum `Language` (EN/ES) names the same two. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The regional forms used for dates, numbers and money. Braid's people are in California:
 * US Spanish writes $1,234.56 as English does, where Spain's Spanish would write 1.234,56 US$.
 */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** Each language's own name, as the language switch shows it to someone who reads only that one. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', es: 'Español' };

export function localeOfLanguage(language: Language): Locale {
  return language === 'ES' ? 'es' : 'en';
}

export function languageOfLocale(locale: Locale): Language {
  return locale === 'es' ? 'ES' : 'EN';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that Braid speaks ("es-MX" → es). */
export function localeFromBrowser(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

const STORAGE_KEY = 'braid.locale';

/**
 * The language last shown on this device. It is used before the session has loaded (so a Spanish
 * speaker's page does not flash in English) and for people who are signed out.
 */
export function storedLocale(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Locale | null {
  const value = storage?.getItem(STORAGE_KEY);
  return isLocale(value) ? value : null;
}

export function storeLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = safeStorage(),
): void {
  storage?.setItem(STORAGE_KEY, locale);
}

/** Private browsing modes may refuse storage; the language is then simply not remembered. */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Which language to show: the signed-in person's profile, else what this device last showed
 * (a choice made while signed out), else the browser's languages, else English.
 */
export function chooseLocale(input: {
  profile: Language | null | undefined;
  stored: Locale | null;
  browser: readonly string[];
}): Locale {
  if (input.profile) return localeOfLanguage(input.profile);
  return input.stored ?? localeFromBrowser(input.browser) ?? DEFAULT_LOCALE;
}
