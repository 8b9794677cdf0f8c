import { startSmtpServer, type ReceivedMail, type SmtpTestServer } from '../support/smtp';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';

const REQUEST = `mutation Request($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const ME = `{ me { id } }`;
const PUBLIC_URL = 'https://braid.example.org';
const NEW_PASSWORD = 'a new password, long enough';

/** The reset link in a message, and its token. */
function linkIn(mail: ReceivedMail): { url: string; token: string } {
  const url = mail.text.match(/https:\/\/braid\.example\.org\/reset-password\/[A-Za-z0-9_-]+/)?.[0];
  if (!url) throw new Error(`No reset link in: ${mail.text}`);
  return { url, token: decodeURIComponent(url.slice(url.lastIndexOf('/') + 1)) };
}

describe('Resetting a forgotten password by email', () => {
  let app: TestApp;
  let smtp: SmtpTestServer;
  let tenant: TestTenant;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startTestApp('password_reset', { smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    tenant = await createTenant(app, 'reset');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });
  afterEach(() => app.clock.reset());

  /** Asks for a link as a stranger would, sends the queued email, and returns what arrived. */
  async function requestLink(email: string): Promise<ReceivedMail> {
    const before = smtp.messages.length;
    expect(await app.client().data(REQUEST, { input: { email } })).toEqual({ requestPasswordReset: true });
    await app.jobs.drain();
    const [mail] = await smtp.waitFor((m) => smtp.messages.indexOf(m) >= before && m.to.includes(email));
    return mail;
  }

  it('emails a one-time link that sets a new password, ends every session, and works once', async () => {
    const email = 'member@reset.test';
    const elsewhere = await app.client('other browser').signIn(email, PASSWORD);
    expect(await elsewhere.data(ME)).toEqual({ me: { id: tenant.users.member.id } });

    const mail = await requestLink(email);
    expect(mail.subject).toBe('Choose a new Braid password');
    const { token } = linkIn(mail);
    // Only the token's SHA-256 is stored.
    const rows = await app.dataSource.query(`SELECT token_hash FROM password_reset WHERE user_id = $1`, [
      tenant.users.member.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);

    expect(await app.client().data(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });
    // The old sessions ended; the old password no longer signs in, the new one does.
    expect(await elsewhere.data(ME)).toEqual({ me: null });
    expect(
      (
        await app
          .client()
          .error(`mutation { signIn(input: { email: "${email}", password: "${PASSWORD}" }) { expiresAt } }`)
      ).code,
    ).toBe('UNAUTHENTICATED');
    await app.client().signIn(email, NEW_PASSWORD);

    // Once only.
    const again = await app.client().error(RESET, { input: { token, newPassword: 'yet another password' } });
    expect(again.code).toBe('BAD_USER_INPUT');
    expect(again.extensions?.['reason']).toBe('RESET_LINK_INVALID');

    const audited = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'user.passwordReset%' ORDER BY id`,
      [tenant.users.member.id],
    );
    expect(audited.map((row: { action: string }) => row.action)).toEqual([
      'user.passwordResetRequested',
      'user.passwordReset',
    ]);
  });

  it('refuses a link after 30 minutes, and an unknown one, with the same reason', async () => {
    const { token } = linkIn(await requestLink('lead@reset.test'));
    app.clock.advance(30 * 60 * 1000 + 1000);
    const expired = await app.client().error(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    const unknown = await app
      .client()
      .error(RESET, { input: { token: 'x'.repeat(43), newPassword: NEW_PASSWORD } });
    expect(expired.extensions?.['reason']).toBe('RESET_LINK_INVALID');
    expect(unknown.extensions?.['reason']).toBe('RESET_LINK_INVALID');
    expect(expired.message).toBe(unknown.message);
    // The password did not change.
    await app.client().signIn('lead@reset.test', PASSWORD);
  });

  it('still takes a link just before its 30 minutes are up', async () => {
    const { token } = linkIn(await requestLink('observer@reset.test'));
    app.clock.advance(29 * 60 * 1000);
    expect(await app.client().data(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      resetPassword: true,
    });
  });

  it('ends an older unused link when a newer one is asked for', async () => {
    const first = linkIn(await requestLink('chair@reset.test'));
    const second = linkIn(await requestLink('chair@reset.test'));
    expect(second.token).not.toBe(first.token);
    const old = await app.client().error(RESET, { input: { token: first.token, newPassword: NEW_PASSWORD } });
    expect(old.extensions?.['reason']).toBe('RESET_LINK_INVALID');
    expect(
      await app.client().data(RESET, { input: { token: second.token, newPassword: NEW_PASSWORD } }),
    ).toEqual({
      resetPassword: true,
    });
  });

  it('answers an unknown email exactly as a known one, and sends it nothing', async () => {
    const requested = async () =>
      (await app.dataSource.query(
        `SELECT entity_id, after FROM audit_event WHERE action = 'user.passwordResetRequested' ORDER BY id`,
      )) as { entity_id: string | null; after: Record<string, unknown> }[];
    const before = smtp.messages.length;
    const auditedBefore = (await requested()).length;
    const unknown = await app.client().request(REQUEST, { input: { email: 'nobody@reset.test' } });
    const known = await app.client().request(REQUEST, { input: { email: 'resident@reset.test' } });
    // Both are on record; the unknown one about no account, without the address typed.
    const audited = (await requested()).slice(auditedBefore);
    expect(audited).toEqual([
      { entity_id: null, after: { accountFound: false } },
      {
        entity_id: tenant.users.resident.id,
        after: expect.objectContaining({ expiresAt: expect.any(String) }),
      },
    ]);
    expect(unknown.data).toEqual(known.data);
    expect(unknown.errors).toBeUndefined();
    await app.jobs.drain();
    await smtp.waitFor((m) => m.to.includes('resident@reset.test'));
    expect(smtp.messages.slice(before).flatMap((m) => m.to)).toEqual(['resident@reset.test']);
  });

  it('writes in the account’s language', async () => {
    await app.dataSource.query(
      `UPDATE user_account SET preferred_language = 'es' WHERE email = 'fundadmin@reset.test'`,
    );
    const mail = await requestLink('fundadmin@reset.test');
    expect(mail.subject).toBe('Elija una nueva contraseña de Braid');
  });

  it('limits how often one address may be sent links, whether or not it has an account', async () => {
    for (let i = 0; i < 5; i++) await app.client().data(REQUEST, { input: { email: 'flood@reset.test' } });
    const limited = await app.client().error(REQUEST, { input: { email: 'flood@reset.test' } });
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.extensions?.['reason']).toBe('PASSWORD_RESET_RATE_LIMITED');
    expect(limited.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  });
});
