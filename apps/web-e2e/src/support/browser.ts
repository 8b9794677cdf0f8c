import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { ARTIFACTS, CHROMIUM } from './paths';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * One Chromium per test file, started with the flags this machine needs (no sandbox as root, no
 * background networking on a closed network). playwright-core itself gives every launch a fresh
 * --user-data-dir in the temporary directory and deletes it on close (it refuses one passed in
 * `args`), so no profile is shared between runs.
 */
export function useBrowser(): { browser: () => Browser; newPage: (options?: PageOptions) => Promise<Page> } {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterEach(async ({ task }) => {
    // A browser test that fails on CI once in many runs cannot be rerun to look at: keep what each
    // page showed and what went wrong in it, so the one failing run explains itself.
    if (task.result?.state === 'fail') await describeFailure(task.name, contexts);
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    browser: () => {
      if (!browser) throw new Error('The browser starts in beforeAll');
      return browser;
    },
    /** A fresh context (no cookies, no storage): a new person on a new device. */
    newPage: async (options: PageOptions = {}) => {
      if (!browser) throw new Error('The browser starts in beforeAll');
      const context = await browser.newContext({
        baseURL: inject('baseUrl'),
        viewport: options.viewport ?? DESKTOP,
        locale: options.locale ?? 'en-US',
        timezoneId: 'America/Los_Angeles',
        // No fade-ins: axe measures colours as they are on screen, and half-faded text fails.
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      watch(page);
      page.setDefaultTimeout(10_000);
      return page;
    },
  };
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The browser's language (navigator.languages), as a person's phone would be set. */
  locale?: string;
}

/** What went wrong in a page as it ran: console errors, uncaught errors, GraphQL errors, HTTP failures. */
const troubles = new WeakMap<Page, string[]>();

function watch(page: Page): void {
  const seen: string[] = [];
  troubles.set(page, seen);
  const note = (line: string) => {
    seen.push(`${new Date().toISOString()} ${line}`);
    if (seen.length > 50) seen.shift();
  };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      note(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => note(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    note(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      note(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    void response.text().then(
      (body) => {
        if (body.includes('"errors"'))
          note(`GraphQL ${response.request().postDataJSON()?.operationName ?? '?'}: ${body.slice(0, 600)}`);
      },
      () => undefined,
    );
  });
}

async function describeFailure(testName: string, contexts: readonly BrowserContext[]): Promise<void> {
  const slug = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  const pages = contexts.flatMap((context) => context.pages());
  const report: string[] = [`Browser state when "${testName}" failed (${pages.length} pages):`];
  for (const [index, page] of pages.entries()) {
    const name = `failed-${slug}-${index + 1}`;
    await screenshot(page, name).catch(() => undefined);
    const outline = await page
      .locator('main')
      .ariaSnapshot({ timeout: 2_000 })
      .catch((error: Error) => `(no outline: ${error.message.split('\n')[0]})`);
    report.push(
      `--- page ${index + 1}: ${page.url()} (screenshot ${ARTIFACTS}/${name}.png)`,
      ...(troubles.get(page) ?? []),
      outline.length > 8_000 ? `${outline.slice(0, 8_000)}\n…` : outline,
    );
  }
  console.error(report.join('\n'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}
