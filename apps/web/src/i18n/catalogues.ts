import type { Locale } from './locale';
import type { Messages } from './messages';

/**
 * Where a string goes, and when it is fetched. The words of Braid are split into area catalogues,
 * each its own chunk per language (messages/<area>.en.ts and .es.ts), so a first load carries the
 * shell's words and those of the page opened, in one language — not every word of the app:
 *
 * - a string shown by a page goes to its area's catalogue (the area its route names with
 *   `withMessages` in app/*.routes.tsx: pages/funds → 'funds', pages/meetings → 'governance', …);
 * - a string shown by the shell (app/, ui/, forms/: layout, navigation, states, problems — every
 *   `reason.*` sentence, since any page may show a problem) or by pages of two areas goes to
 *   shell.en.ts / shell.es.ts, which every page has;
 * - a new area: a pair of files, an entry in AREAS below, and `withMessages('area', …)` on its
 *   routes. messages/en.ts spreads every area so ids stay checked at compile time.
 *
 * A route's lazy loader fetches its code and its words together (`withMessages`), so a page never
 * shows message ids. A language switch fetches the shell and every area already wanted in the new
 * language before switching (LocaleProvider). The unit tests provide everything up front
 * (test-setup.ts) and render synchronously.
 */
const AREAS = {
  shell: {
    en: () => import('./messages/shell.en').then((module) => module.shellEn),
    es: () => import('./messages/shell.es').then((module) => module.shellEs),
  },
  access: {
    en: () => import('./messages/access.en').then((module) => module.accessEn),
    es: () => import('./messages/access.es').then((module) => module.accessEs),
  },
  overview: {
    en: () => import('./messages/overview.en').then((module) => module.overviewEn),
    es: () => import('./messages/overview.es').then((module) => module.overviewEs),
  },
  governance: {
    en: () => import('./messages/governance.en').then((module) => module.governanceEn),
    es: () => import('./messages/governance.es').then((module) => module.governanceEs),
  },
  funds: {
    en: () => import('./messages/funds.en').then((module) => module.fundsEn),
    es: () => import('./messages/funds.es').then((module) => module.fundsEs),
  },
  audit: {
    en: () => import('./messages/audit.en').then((module) => module.auditEn),
    es: () => import('./messages/audit.es').then((module) => module.auditEs),
  },
  reports: {
    en: () => import('./messages/reports.en').then((module) => module.reportsEn),
    es: () => import('./messages/reports.es').then((module) => module.reportsEs),
  },
  admin: {
    en: () => import('./messages/admin.en').then((module) => module.adminEn),
    es: () => import('./messages/admin.es').then((module) => module.adminEs),
  },
  account: {
    en: () => import('./messages/account.en').then((module) => module.accountEn),
    es: () => import('./messages/account.es').then((module) => module.accountEs),
  },
  notifications: {
    en: () => import('./messages/notifications.en').then((module) => module.notificationsEn),
    es: () => import('./messages/notifications.es').then((module) => module.notificationsEs),
  },
  public: {
    en: () => import('./messages/public.en').then((module) => module.publicEn),
    es: () => import('./messages/public.es').then((module) => module.publicEs),
  },
} satisfies Record<string, Record<Locale, () => Promise<Partial<Messages>>>>;

type AnyArea = keyof typeof AREAS;
/** A catalogue a route asks for; the shell's is always there. */
export type Area = Exclude<AnyArea, 'shell'>;

const loaded = new Map<string, Partial<Messages>>();
const loading = new Map<string, Promise<void>>();
/** The areas some route or component has asked for: a language switch fetches all of them. */
const wanted = new Set<AnyArea>(['shell']);
/** The language the page is (or is about to be) in: routes fetch their words in it. */
let activeLocale: Locale | null = null;
const listeners = new Set<() => void>();
let version = 0;

function loadArea(area: AnyArea, locale: Locale): Promise<void> {
  const key = `${area}.${locale}`;
  if (loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = AREAS[area][locale]().then(
      (messages) => {
        loaded.set(key, messages);
        loading.delete(key);
        version += 1;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A dropped connection: the next attempt fetches again.
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Fetches the shell and every wanted area in a language (main.tsx, LocaleProvider). */
export function loadMessages(locale: Locale): Promise<void> {
  activeLocale ??= locale;
  return Promise.all([...wanted].map((area) => loadArea(area, locale))).then(() => undefined);
}

/** Whether everything wanted is there in this language: the page can be shown in it. */
export function hasMessages(locale: Locale): boolean {
  return [...wanted].every((area) => loaded.has(`${area}.${locale}`));
}

const merged = new Map<Locale, { version: number; messages: Messages }>();

/** The words in memory for a language, merged for react-intl; undefined before the shell's arrive. */
export function loadedMessages(locale: Locale): Messages | undefined {
  if (!loaded.has(`shell.${locale}`)) return undefined;
  const cached = merged.get(locale);
  if (cached?.version === version) return cached.messages;
  const messages = Object.assign(
    {},
    ...(Object.keys(AREAS) as AnyArea[]).map((area) => loaded.get(`${area}.${locale}`) ?? {}),
  ) as Messages;
  merged.set(locale, { version, messages });
  return messages;
}

/** For LocaleProvider: re-render when words arrive. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function messagesVersion(): number {
  return version;
}

/** LocaleProvider tells which language the page is going to: routes load their words in it. */
export function setActiveLocale(locale: Locale): void {
  activeLocale = locale;
}

/**
 * The one way a lazily loaded page (or part of one) gets its words: wraps its loader so the code
 * and the area catalogues arrive together, and the page is never drawn with message ids.
 *   lazy: withMessages('funds', () => import('../pages/funds/budget/BudgetPage').then(...))
 * A catalogue that fails to arrive fails the loader, as the code's own chunk would.
 */
export function withMessages<T>(areas: Area | readonly Area[], load: () => Promise<T>): () => Promise<T> {
  const list: readonly Area[] = typeof areas === 'string' ? [areas] : areas;
  return async () => {
    for (const area of list) wanted.add(area);
    const locale = activeLocale;
    const [result] = await Promise.all([
      load(),
      locale ? Promise.all(list.map((area) => loadArea(area, locale))) : undefined,
    ]);
    return result;
  };
}

/** For tests: catalogues already in memory, so nothing waits for a chunk. */
export function provideMessages(catalogues: Partial<Record<Locale, Messages>>): void {
  for (const [locale, messages] of Object.entries(catalogues) as [Locale, Messages][]) {
    for (const area of Object.keys(AREAS)) loaded.set(`${area}.${locale}`, messages);
  }
  version += 1;
}
