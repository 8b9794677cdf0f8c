import type { Locator } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { COLLABORATIVE, DEMO } from './support/demo';
import { screenshot, useBrowser } from './support/browser';
import { inviteThroughPage } from './support/invite';
import { signIn } from './support/sign-in';

/** The browser suites share one database: names unique to this run, so a rerun adds rather than collides. */
const RUN = Date.now().toString(36);

/** Loads pages of members until `control` (in a member's row) is on screen. */
async function showMember(members: Locator, control: Locator): Promise<void> {
  const shown = members.getByText(/members? shown$/);
  await shown.waitFor();
  while ((await control.count()) === 0) {
    const before = await shown.innerText();
    await members.getByRole('button', { name: 'Load more members' }).click();
    await members
      .getByText(/members? shown$/)
      .filter({ hasNotText: before })
      .waitFor();
  }
}

describe('inviting a member', () => {
  const { newPage } = useBrowser();

  it('lets an administrator invite a person, who opens the link, creates an account and lands in the collaborative', async () => {
    const admin = await newPage();
    await signIn(admin, DEMO.admin.email);
    const link = await inviteThroughPage(admin, {
      name: 'Rosa Alvarez',
      email: 'rosa.alvarez@example.org',
      roles: ['Workgroup lead'],
    });
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);
    const pending = admin.getByRole('region', { name: 'Pending invitations' });
    await pending.getByText('Rosa Alvarez').waitFor();
    await screenshot(admin, 'invitation-issued');

    // The invitee: another device, never signed in, phone set to Spanish.
    const invitee = await newPage({ locale: 'es-US' });
    await invitee.goto(link);
    await invitee.getByText(`Rosa Alvarez, le invitan a unirse a ${COLLABORATIVE}.`).waitFor();
    await invitee.getByLabel(/^Elija una contraseña/).fill('a-long-enough-secret');
    await invitee.getByLabel(/^Escriba la contraseña otra vez/).fill('a-long-enough-secret');
    expect(await invitee.getByRole('radio', { name: 'Español' }).isChecked()).toBe(true);
    await screenshot(invitee, 'invitation-accept');
    await invitee.getByRole('button', { name: 'Crear cuenta y unirme' }).click();

    await invitee.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);
    await invitee.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
    const roles = invitee.getByText('Sus funciones:').locator('..');
    expect(await roles.innerText()).toMatch(
      /Miembro[\s\S]*Líder de grupo de trabajo|Líder de grupo de trabajo[\s\S]*Miembro/,
    );
    await invitee.getByRole('button', { name: 'Rosa Alvarez: menú de la cuenta' }).waitFor();

    // The link works once.
    await invitee.goto(link);
    await invitee.getByText('Esta invitación ya fue aceptada.').waitFor();

    // The administrator's list no longer shows it as pending.
    await admin.reload();
    const reloaded = admin.getByRole('region', { name: 'Pending invitations' });
    await reloaded.waitFor();
    await reloaded.getByRole('status').waitFor({ state: 'detached' });
    expect(await reloaded.getByText('Rosa Alvarez').count()).toBe(0);
  });

  it('lets an administrator withdraw an invitation, after which its link no longer works', async () => {
    const admin = await newPage();
    await signIn(admin, DEMO.admin.email);
    const name = `Withdrawn Invitee ${RUN}`;
    const link = await inviteThroughPage(admin, { name, email: `withdrawn.${RUN}@example.org` });
    const pending = admin.getByRole('region', { name: 'Pending invitations' });
    await pending.getByRole('button', { name: `Withdraw invitation for ${name}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Withdraw the invitation for ${name}?` });
    await dialog.getByText('will stop working').waitFor();
    await expectNoSeriousViolations(admin, 'withdraw invitation dialog');
    await dialog.getByRole('button', { name: 'Withdraw invitation' }).click();
    await pending.getByText(`The invitation for ${name} was withdrawn.`).waitFor();
    expect(await pending.getByRole('listitem').filter({ hasText: name }).count()).toBe(0);

    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByText('This invitation was withdrawn.').waitFor();
  });

  it('lets an administrator change a member’s roles, then remove them, saying what they lose', async () => {
    const admin = await newPage();
    await signIn(admin, DEMO.admin.email);
    const name = `Pat Nguyen ${RUN}`;
    const link = await inviteThroughPage(admin, { name, email: `pat.nguyen.${RUN}@example.org` });
    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByLabel(/^Choose a password/).fill('a-long-enough-secret');
    await invitee.getByLabel(/^Type the password again/).fill('a-long-enough-secret');
    await invitee.getByRole('button', { name: /^Create account/ }).click();
    await invitee.waitForURL(/\/collaboratives\/[0-9a-f-]{36}$/);

    await admin.reload();
    const members = admin.getByRole('region', { name: 'Members' });
    const change = members.getByRole('button', { name: `Change roles of ${name}` });
    await showMember(members, change);
    await change.click();
    const roles = admin.getByRole('dialog', { name: `Roles of ${name}` });
    await roles.getByRole('checkbox', { name: 'Member' }).uncheck();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await roles.getByText('Choose at least one.').waitFor();
    await roles.getByRole('checkbox', { name: 'Observer' }).check();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await members.getByText(`The roles of ${name} were saved.`).waitFor();

    await members.getByRole('button', { name: `Remove ${name}` }).click();
    const removal = admin.getByRole('dialog', { name: `Remove ${name} from ${COLLABORATIVE}?` });
    await removal.getByText('access to its meetings, motions, fund and reports').waitFor();
    await removal.getByText('Observer').waitFor();
    await screenshot(admin, 'member-remove-dialog');
    await removal.getByRole('button', { name: `Remove ${name}` }).click();
    await members.getByText(`${name} is no longer a member.`).waitFor();
    expect(await members.getByRole('button', { name: `Remove ${name}` }).count()).toBe(0);

    // The removed person's session no longer reaches the collaborative.
    await invitee.reload();
    await invitee
      .getByRole('alert')
      .getByText(/could not be found, or you are not a member of it/)
      .waitFor();
  });

  it('refuses a link that is not an invitation', async () => {
    const page = await newPage();
    await page.goto('/invitations/not-a-real-token');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('This invitation link is not valid.');
  });
});
