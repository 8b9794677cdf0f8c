import type { Locale } from './locale';
import type { Messages } from './messages';

/**
 * Each language's catalogue is its own chunk, fetched when that language is first shown: a phone
 * downloads one language, not both (about 17 kB gzipped less on every first load). main.tsx asks
 * for the first one before rendering, alongside the first page's code, so it costs no extra round
 * trip. The unit tests provide both up front (test-setup.ts) and render synchronously as before.
 */
const IMPORTS: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages/en').then((module) => module.en),
  es: () => import('./messages/es').then((module) => module.es),
};

const loaded = new Map<Locale, Messages>();
const loading = new Map<Locale, Promise<Messages>>();

export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

export function loadMessages(locale: Locale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return Promise.resolve(known);
  let pending = loading.get(locale);
  if (!pending) {
    pending = IMPORTS[locale]().then(
      (messages) => {
        loaded.set(locale, messages);
        loading.delete(locale);
        return messages;
      },
      (error: unknown) => {
        // A dropped connection: the next attempt fetches again.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** For tests: catalogues already in memory, so nothing waits for a chunk. */
export function provideMessages(catalogues: Partial<Record<Locale, Messages>>): void {
  for (const [locale, messages] of Object.entries(catalogues) as [Locale, Messages][]) {
    loaded.set(locale, messages);
  }
}
