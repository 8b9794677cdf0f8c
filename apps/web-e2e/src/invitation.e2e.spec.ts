import { COLLABORATIVE, DEMO } from './support/demo';
import { screenshot, useBrowser } from './support/browser';
import { inviteThroughPage } from './support/invite';
import { signIn } from './support/sign-in';

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
    await invitee.getByRole('button', { name: 'Menú de la cuenta de Rosa Alvarez' }).waitFor();

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

  it('refuses a link that is not an invitation', async () => {
    const page = await newPage();
    await page.goto('/invitations/not-a-real-token');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('This invitation link is not valid.');
  });
});
