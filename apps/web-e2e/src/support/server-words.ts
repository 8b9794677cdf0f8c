import type { Page } from 'playwright-core';

/** What the API said in the GraphQL errors a page received: its English messages, codes and reasons. */
export interface ServerWords {
  messages: string[];
  /** `extensions.code` and `extensions.reason` values: machine words, never for people. */
  codes: string[];
}

/**
 * Collects every GraphQL error the page receives from now on. The API's `message` is English and
 * for logs; a screen must say its own sentence, in the reader's language, for the reason.
 */
export function collectServerWords(page: Page): ServerWords {
  const words: ServerWords = { messages: [], codes: [] };
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    void response.json().then(
      (body: unknown) => {
        for (const answer of [body].flat() as { errors?: unknown }[]) {
          if (!Array.isArray(answer?.errors)) continue;
          for (const error of answer.errors as {
            message?: unknown;
            extensions?: Record<string, unknown>;
          }[]) {
            if (typeof error.message === 'string') words.messages.push(error.message);
            for (const key of ['code', 'reason'] as const) {
              const value = error.extensions?.[key];
              if (typeof value === 'string') words.codes.push(value);
            }
          }
        }
      },
      () => undefined,
    );
  });
  return words;
}

/** Machine words: UPPER_SNAKE_CASE, as reasons and codes are written. */
const UPPER_SNAKE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/**
 * Fails when the page shows any of the API's English messages, or their first 20 characters (a
 * sentence cut or wrapped by the screen), any code or reason the API sent, or any UPPER_SNAKE word.
 * Waits until at least `atLeast` errors have been collected, so a check never passes because the
 * refusal had not arrived yet.
 */
export async function expectNoServerWords(page: Page, words: ServerWords, where: string, atLeast = 1) {
  await expect
    .poll(() => words.messages.length, { message: `GraphQL errors on ${where}` })
    .toBeGreaterThanOrEqual(atLeast);
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  for (const message of new Set(words.messages)) {
    const start = message.trim().slice(0, 20);
    if (text.includes(message) || (start.length >= 12 && text.includes(start)))
      found.push(`message "${message}"`);
  }
  for (const code of new Set(words.codes)) {
    if (new RegExp(`\\b${code}\\b`).test(text)) found.push(`code ${code}`);
  }
  for (const snake of text.match(UPPER_SNAKE) ?? []) found.push(`machine word ${snake}`);
  if (found.length > 0) throw new Error(`${where} shows the API's words:\n- ${found.join('\n- ')}`);
}
