import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One browser at one address (the API trusts the loopback proxy's X-Forwarded-For here). */
class Browser {
  constructor(
    app: TestApp,
    readonly address: string,
    readonly client: GraphQLClient = app.client(address),
  ) {}

  signIn(email: string, password: string): Promise<GraphQLResponse<unknown>> {
    return this.client.request(SIGN_IN, { input: { email, password } }, { 'x-forwarded-for': this.address });
  }
}

const outcome = (response: GraphQLResponse<unknown>) =>
  response.errors?.length ? String(response.errors[0].extensions?.code) : 'OK';
const retryAfter = (response: GraphQLResponse<unknown>) => response.errors?.[0].extensions?.['retryAfterSeconds'];

/**
 * Password guessing is slowed down, never turned into a way to lock someone else out: six wrong
 * passwords from anywhere used to lock the account for everyone, the owner included, and one
 * guess every few minutes kept it locked (the chair before a vote).
 */
describe('Sign-in limits', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    // A one-second first back-off, so that its doubling can be watched.
    app = await startTestApp('sign-in-limits', { trustProxy: 'loopback', signInBackOffSeconds: 1 });
    tenant = await createTenant(app, 'limits');
  });
  afterAll(() => app.close());

  it('lets the owner sign in from a device that signed in before, however often someone elsewhere guesses', async () => {
    const email = tenant.users.chair.email;
    const laptop = new Browser(app, '198.51.100.7');
    expect(outcome(await laptop.signIn(email, PASSWORD))).toBe('OK');
    await laptop.client.request(`mutation { signOut }`);

    // 40 wrong passwords from ten addresses: past the account's limit for new devices.
    const attackers = Array.from({ length: 10 }, (_, i) => new Browser(app, `203.0.113.${i + 1}`));
    const guesses: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (const attacker of attackers) guesses.push(outcome(await attacker.signIn(email, `guess ${round}`)));
    }
    expect(guesses.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(20);
    expect(guesses).toContain('TOO_MANY_REQUESTS');

    // A device that never signed in to the account is held, even with the right password…
    const stranger = new Browser(app, '192.0.2.50');
    const held = await stranger.signIn(email, PASSWORD);
    expect(outcome(held)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfter(held)).toBeGreaterThan(0);
    // …the owner's laptop is not, from home or from the attacker's own address.
    expect(outcome(await laptop.signIn(email, PASSWORD))).toBe('OK');
    const laptopAtCafe = new Browser(app, attackers[0].address, laptop.client);
    expect(outcome(await laptopAtCafe.signIn(email, PASSWORD))).toBe('OK');
  });

  it('makes each further guess from one address wait twice as long as the one before', async () => {
    const email = tenant.users.member.email;
    const guesser = new Browser(app, '203.0.113.99');
    for (let i = 0; i < 5; i++) expect(outcome(await guesser.signIn(email, `wrong ${i}`))).toBe('UNAUTHENTICATED');

    const waits: unknown[] = [];
    for (let step = 0; step < 3; step++) {
      const refused = await guesser.signIn(email, PASSWORD);
      // Refused without a check, even with the right password, while the back-off runs.
      expect(outcome(refused)).toBe('TOO_MANY_REQUESTS');
      waits.push(retryAfter(refused));
      await pause(Number(retryAfter(refused)) * 1000 + 100);
      expect(outcome(await guesser.signIn(email, `wrong again ${step}`))).toBe('UNAUTHENTICATED');
    }
    const last = await guesser.signIn(email, PASSWORD);
    waits.push(retryAfter(last));
    expect(waits).toEqual([1, 2, 4, 8]);

    // The owner elsewhere was never held; after the right password the guesser's slate is clean too.
    expect(outcome(await new Browser(app, '198.51.100.8').signIn(email, PASSWORD))).toBe('OK');
  });

  it('limits wrong passwords per address (TOO_MANY_REQUESTS with retryAfterSeconds), but not a known device there', async () => {
    const office = '192.0.2.200';
    const resident = new Browser(app, office);
    expect(outcome(await resident.signIn(tenant.users.resident.email, PASSWORD))).toBe('OK');

    const tries = await Promise.all(
      Array.from({ length: 55 }, (_, i) => new Browser(app, office).signIn(`nobody${i}@limits.test`, 'wrong')),
    );
    const codes = tries.map(outcome);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBe(50);
    const refused = tries.find((response) => outcome(response) === 'TOO_MANY_REQUESTS');
    expect(refused).toBeDefined();
    const wait = Number(retryAfter(refused as GraphQLResponse<unknown>));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);

    // Anyone new at that address is held, with the right password too; the resident's own browser is not.
    expect(outcome(await new Browser(app, office).signIn(tenant.users.observer.email, PASSWORD))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(outcome(await resident.signIn(tenant.users.resident.email, PASSWORD))).toBe('OK');
  });

  it('backs off wrong current passwords in changePassword, per session, so a stolen session is no guessing oracle', async () => {
    const email = tenant.users.lead.email;
    const stolen = await app.client('thief').signIn(email, PASSWORD);
    const owners = await app.client('owner').signIn(email, PASSWORD);
    const change = (client: GraphQLClient, currentPassword: string) =>
      client.request(CHANGE_PASSWORD, { input: { currentPassword, newPassword: 'a brand new passphrase' } });

    for (let i = 0; i < 5; i++) expect(outcome(await change(stolen, `guess ${i}`))).toBe('BAD_USER_INPUT');
    const held = await change(stolen, PASSWORD);
    expect(outcome(held)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfter(held)).toBe(1);
    await pause(1100);
    expect(outcome(await change(stolen, 'guess again'))).toBe('BAD_USER_INPUT');
    expect(retryAfter(await change(stolen, PASSWORD))).toBe(2);

    // The owner's own session changes the password, which ends the stolen one.
    expect(outcome(await change(owners, PASSWORD))).toBe('OK');
    expect((await stolen.request(`{ me { id } }`)).data).toEqual({ me: null });
  });
});
