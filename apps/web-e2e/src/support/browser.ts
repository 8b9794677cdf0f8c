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

  afterEach(async () => {
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

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}
