import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { bell, bellSays, expectBellToSay, postActionItem, unreadOnServer } from './support/notifications';
import { signIn } from './support/sign-in';

/**
 * Helen Park holds the Dignity Health seat and is a member of Marcus Bell's workgroup, so he can
 * give her action items (apps/api/src/demo/demo-cast.ts, governance chapter).
 */
const HELEN = { email: 'dignity@demo.braid.example', name: 'Helen Park' };
const WORKGROUP = 'Trauma-Informed Care';

/**
 * The browser suites share one database: every notification here is about an action item this run
 * posts (no demo record changes), and its title is this run's, so no other suite's words match.
 */
const RUN = Date.now().toString(36);
const title = (what: string) => `${what} (${RUN})`;

/** Marcus Bell, signed in on his workgroup's page, where he posts action items. */
async function leadOnWorkgroup(newPage: () => Promise<Page>): Promise<Page> {
  const lead = await newPage();
  await signIn(lead, DEMO.lead.email);
  await lead.getByTestId('nav-workgroups').click();
  await lead.getByRole('heading', { level: 1, name: 'Workgroups' }).waitFor();
  await lead.getByRole('link', { name: WORKGROUP, exact: true }).click();
  await lead.getByRole('heading', { level: 1, name: WORKGROUP }).waitFor();
  await lead.getByTestId('action-item').first().waitFor();
  return lead;
}

/** Marks the document, so a later check can tell the page was never reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
}

async function expectSameDocument(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    'the page was reloaded',
  ).toBe(true);
}

async function openBellMenu(page: Page) {
  await bell(page).click();
  const menu = page.getByTestId('notification-menu');
  await menu.getByRole('heading', { name: /^(Notifications|Avisos)$/ }).waitFor();
  return menu;
}

describe('notifications: the bell, the inbox and how a person hears about things', () => {
  const { newPage } = useBrowser();

  it(
    "a seat holder's bell counts what the workgroup lead gives her, live, and she reads it from the menu and the inbox",
    { timeout: 120_000 },
    async () => {
      const helen = await newPage();
      await signIn(helen, HELEN.email);
      // What the demo already told her (votes opened, meetings): the bell says the API's count.
      const before = await unreadOnServer(helen);
      await expectBellToSay(helen, before);
      await markDocument(helen);

      // Marcus, on another device, gives her two action items while her page stays open.
      const lead = await leadOnWorkgroup(newPage);
      const first = title('Share the emergency-room referral protocol with Dignity Health staff');
      const second = title('Book the hospital auditorium for the training');
      await postActionItem(lead, first, HELEN.name);
      await expectBellToSay(helen, before + 1);
      await postActionItem(lead, second, HELEN.name);
      await expectBellToSay(helen, before + 2);
      await expectSameDocument(helen);
      expect(await bell(helen).getAttribute('aria-label')).toBe(`Notifications, ${before + 2} unread`);

      // The menu: newest first, each headline unread, in bold words and with a word, not a colour.
      const menu = await openBellMenu(helen);
      const items = menu.getByTestId('notification');
      await items.first().waitFor();
      const headlines = await items.getByRole('link').allInnerTexts();
      expect(headlines.slice(0, 2)).toEqual([`Assigned to you: ${second}`, `Assigned to you: ${first}`]);
      const firstItem = items.filter({ hasText: first });
      expect(await firstItem.getAttribute('data-unread')).toBe('true');
      await firstItem.getByText('Unread').waitFor();
      await expectNoSeriousViolations(helen, 'the bell menu');
      await screenshot(helen, 'notifications-bell-menu');

      // Following a headline opens its record and marks it read; the menu closes.
      await firstItem.getByRole('link', { name: `Assigned to you: ${first}` }).click();
      await helen.getByRole('heading', { level: 1, name: WORKGROUP }).waitFor();
      await helen.getByTestId('action-item').filter({ hasText: first }).waitFor();
      await menu.waitFor({ state: 'hidden' });
      await expectBellToSay(helen, before + 1);

      // "Mark all as read" empties the count.
      const again = await openBellMenu(helen);
      expect(
        await again.getByTestId('notification').filter({ hasText: first }).getAttribute('data-unread'),
      ).toBe(null);
      await again.getByRole('button', { name: 'Mark all as read' }).click();
      await expectBellToSay(helen, 0);
      expect(await bell(helen).getAttribute('aria-label')).toBe('Notifications');
      expect(await unreadOnServer(helen)).toBe(0);
      await again.getByRole('button', { name: 'Mark all as read' }).waitFor({ state: 'detached' });

      // One more, then the inbox: all of them listed, and "Only unread" keeps the new one.
      const third = title('Send the training slides to the school counselors');
      await postActionItem(lead, third, HELEN.name);
      await expectBellToSay(helen, 1);
      await again.getByRole('link', { name: 'See all notifications' }).click();
      await helen.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      await expectSameDocument(helen);
      const inbox = helen.getByRole('list', { name: 'Notifications' });
      for (const what of [first, second, third])
        await inbox.getByRole('link', { name: `Assigned to you: ${what}` }).waitFor();
      await expectNoSeriousViolations(helen, 'the inbox');
      await screenshot(helen, 'notifications-inbox');

      await helen.getByRole('checkbox', { name: 'Only unread' }).check();
      await expect
        .poll(() => inbox.getByTestId('notification').count(), { message: 'unread notifications listed' })
        .toBe(1);
      await inbox.getByRole('link', { name: `Assigned to you: ${third}` }).waitFor();
      await inbox.getByRole('button', { name: `Mark as read: “Assigned to you: ${third}”` }).click();
      await expectBellToSay(helen, 0);
      // Read again with the filter, the list has nothing unread left.
      await helen.getByRole('checkbox', { name: 'Only unread' }).uncheck();
      await helen.getByRole('checkbox', { name: 'Only unread' }).check();
      await helen.getByText('Nothing unread: you are up to date.').waitFor();
    },
  );

  it(
    'on a phone, she stops action items reaching her inbox and her email, and the choice stays',
    { timeout: 90_000 },
    async () => {
      const helen = await newPage({ viewport: PHONE });
      await signIn(helen, HELEN.email);
      // The bell's menu fits the phone's screen, its list scrolling inside it: scrolling the page
      // instead would take the bell out of view, which hides the menu.
      const menu = await openBellMenu(helen);
      await menu.getByTestId('notification').first().waitFor();
      const box = await menu.boundingBox();
      expect(box, 'the menu is shown').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
      await expectNoSeriousViolations(helen, 'the bell menu (phone)');
      await menu.getByRole('link', { name: 'See all notifications' }).click();
      await helen.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      // The action items the first test gave her (the tests of this file run in order).
      const inbox = helen.getByRole('list', { name: 'Notifications' });
      await inbox
        .getByRole('link', { name: /^Assigned to you: / })
        .first()
        .waitFor();

      await helen.getByRole('link', { name: 'Choose how you hear about things' }).click();
      await helen.getByRole('heading', { level: 1, name: 'How you hear about things' }).waitFor();
      const actionItems = () => helen.getByRole('group', { name: 'Action items' });
      const email = () => actionItems().getByLabel('Email');
      const inApp = () => actionItems().getByRole('switch', { name: 'Show in my inbox' });
      await email().waitFor();
      const was = { email: await email().inputValue(), inApp: await inApp().isChecked() };
      expect(was).toEqual({ email: 'IMMEDIATELY', inApp: true });
      await expectNoSeriousViolations(helen, 'the notification preferences (phone)');
      await screenshot(helen, 'notifications-preferences-phone');

      await email().selectOption({ label: 'Never' });
      await inApp().setChecked(false);
      await helen.getByRole('button', { name: 'Save how I hear about things' }).click();
      await helen
        .getByRole('status')
        .filter({ hasText: 'Saved. Braid will tell you about things as you chose.' })
        .waitFor();
      await helen.reload();
      await email().waitFor();
      expect(await email().inputValue()).toBe('NEVER');
      expect(await inApp().isChecked()).toBe(false);

      // Her inbox no longer shows the action items she was told about.
      await helen.goto('/notifications');
      await helen.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      await helen.getByRole('link', { name: 'Choose how you hear about things' }).waitFor();
      await expect
        .poll(() => helen.getByRole('link', { name: /^Assigned to you: / }).count(), {
          message: 'action items in the inbox with them hidden',
        })
        .toBe(0);

      // Turned back, and kept so.
      await helen.getByRole('link', { name: 'Choose how you hear about things' }).click();
      await email().selectOption('IMMEDIATELY');
      await inApp().setChecked(true);
      await helen.getByRole('button', { name: 'Save how I hear about things' }).click();
      await helen
        .getByRole('status')
        .filter({ hasText: /^Saved\./ })
        .waitFor();
      await helen.reload();
      await email().waitFor();
      expect({ email: await email().inputValue(), inApp: await inApp().isChecked() }).toEqual(was);
      await helen.goto('/notifications');
      await helen
        .getByRole('link', { name: /^Assigned to you: / })
        .first()
        .waitFor();
    },
  );

  it(
    'in Spanish, a resident hears of her new action item in her own words',
    { timeout: 90_000 },
    async () => {
      // Gloria Hernández reads Braid in Spanish (her account's language).
      const gloria = await newPage();
      await signIn(gloria, DEMO.resident.email);
      const before = await unreadOnServer(gloria);
      await expectBellToSay(gloria, before);
      await markDocument(gloria);

      const lead = await leadOnWorkgroup(newPage);
      const task = title('Translate the referral protocol into Spanish');
      await postActionItem(lead, task, DEMO.resident.name);
      await expectBellToSay(gloria, before + 1);
      await expectSameDocument(gloria);
      expect(await bell(gloria).getAttribute('aria-label')).toBe(`Avisos, ${before + 1} sin leer`);

      const menu = await openBellMenu(gloria);
      const item = menu.getByTestId('notification').filter({ hasText: task });
      await item.getByRole('link', { name: `Asignada a usted: ${task}` }).waitFor();
      await item.getByText('Sin leer').waitFor();
      await item.getByText(/^Tareas · /).waitFor();
      await menu.getByRole('button', { name: 'Marcar todo como leído' }).waitFor();
      await expectNoSeriousViolations(gloria, 'the bell menu (Spanish)');
      await screenshot(gloria, 'notifications-bell-menu-es');

      await menu.getByRole('link', { name: 'Ver todos los avisos' }).click();
      await gloria.getByRole('heading', { level: 1, name: 'Avisos' }).waitFor();
      await gloria.getByRole('checkbox', { name: 'Solo sin leer' }).check();
      await gloria
        .getByRole('list', { name: 'Avisos' })
        .getByRole('link', { name: `Asignada a usted: ${task}` })
        .waitFor();
      expect(await bellSays(gloria)).toBe(before + 1);
    },
  );
});
