import { GraphQLClient } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';
import { createTenant, PASSWORD, TestTenant } from './support/tenant';

const ME = `{ me { id displayName email preferredLanguage } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id displayName } expiresAt } }`;

describe('Signing in and out', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('identity', {});
    tenant = await createTenant(app, 'identity');
  });
  afterAll(() => app.close());

  it('signs a member in with an httpOnly, SameSite=Lax session cookie and knows who they are', async () => {
    const client = app.client();
    const response = await client.request(SIGN_IN, {
      input: { email: 'MEMBER@identity.test ', password: PASSWORD },
    });
    expect(response.errors).toBeUndefined();
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('braid_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const { me } = await client.data<{ me: { id: string; email: string; preferredLanguage: string } }>(ME);
    expect(me).toMatchObject({
      id: tenant.users.member.id,
      email: 'member@identity.test',
      preferredLanguage: 'EN',
    });
  });

  it('answers a wrong password and an unknown email alike, without saying which', async () => {
    const wrongPassword = await app
      .client()
      .error(SIGN_IN, { input: { email: 'chair@identity.test', password: 'not the password' } });
    const unknownEmail = await app
      .client()
      .error(SIGN_IN, { input: { email: 'nobody@identity.test', password: 'whatever1234' } });
    expect(wrongPassword.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.message).toBe(unknownEmail.message);
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const [row] = await app.dataSource.query(
      `SELECT password_hash FROM user_account WHERE email = 'member@identity.test'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('refuses an email that is not an email, with the field named', async () => {
    const error = await app.client().error(SIGN_IN, { input: { email: 'not-an-email', password: 'x' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['fields']).toEqual([
      { field: 'email', messages: [expect.stringMatching(/email address/)] },
    ]);
  });

  it('rate-limits password guessing on an account, even with the right password after the limit', async () => {
    const client = app.client();
    for (let attempt = 0; attempt < 5; attempt++) {
      const error = await client.error(SIGN_IN, {
        input: { email: 'observer@identity.test', password: `guess-${attempt}-xxxx` },
      });
      expect(error.code).toBe('UNAUTHENTICATED');
    }
    const limited = await client.error(SIGN_IN, {
      input: { email: 'observer@identity.test', password: PASSWORD },
    });
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Other accounts are not locked out by one account's guesses.
    await expect(app.client().signIn('lead@identity.test', PASSWORD)).resolves.toBeInstanceOf(GraphQLClient);
  });

  it('signs out: the old cookie no longer opens the session', async () => {
    const client = await app.client().signIn('fundAdmin@identity.test', PASSWORD);
    const stolenCookie = client.sessionCookie;
    const signOut = await client.request(`mutation { signOut }`);
    expect(signOut.data).toEqual({ signOut: true });
    expect(signOut.headers.getSetCookie().join()).toMatch(/braid_session=;/);

    const replay = app.client();
    replay.useSessionCookie(stolenCookie);
    expect(await replay.data(ME)).toEqual({ me: null });
    expect((await replay.error(`mutation { signOut }`)).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session when it expires', async () => {
    const client = await app.client().signIn('partnerA@identity.test', PASSWORD);
    expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(tenant.users.partnerA.id);
    await app.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [tenant.users.partnerA.id],
    );
    expect(await client.data(ME)).toEqual({ me: null });
  });

  it('lets people set their name and language (Spanish for Stockton residents)', async () => {
    const client = tenant.clients.resident;
    const { updateMyProfile } = await client.data<{
      updateMyProfile: { displayName: string; preferredLanguage: string };
    }>(
      `mutation { updateMyProfile(input: { displayName: "Gloria H.", preferredLanguage: ES }) { displayName preferredLanguage } }`,
    );
    expect(updateMyProfile).toEqual({ displayName: 'Gloria H.', preferredLanguage: 'ES' });
    const [event] = await app.dataSource.query(
      `SELECT action, before->>'displayName' AS before, after->>'displayName' AS after, after ? 'passwordHash' AS leaked
         FROM audit_event WHERE entity_id = $1 AND action = 'user.profileUpdated'`,
      [tenant.users.resident.id],
    );
    expect(event).toEqual({
      action: 'user.profileUpdated',
      before: 'resident of identity',
      after: 'Gloria H.',
      leaked: false,
    });
  });

  it('changes a password only with the current one, and signs out every other browser', async () => {
    const laptop = await app.client().signIn('chair@identity.test', PASSWORD);
    const phone = await app.client().signIn('chair@identity.test', PASSWORD);
    const wrong = await laptop.error(
      `mutation { changePassword(input: { currentPassword: "nope", newPassword: "a much better password" }) }`,
    );
    expect(wrong.code).toBe('BAD_USER_INPUT');
    const short = await laptop.error(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "short" }) }`,
    );
    expect(short.code).toBe('BAD_USER_INPUT');

    await laptop.data(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "a much better password" }) }`,
    );
    expect((await laptop.data<{ me: { id: string } | null }>(ME)).me?.id).toBe(tenant.users.chair.id);
    expect(await phone.data(ME)).toEqual({ me: null });
    await expect(app.client().signIn('chair@identity.test', 'a much better password')).resolves.toBeDefined();
  });
});
