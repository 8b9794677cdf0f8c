import { startTestApp, TestApp } from './support/test-app';
import { createTenant, PASSWORD } from './support/tenant';

describe('Production mode', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('production', { production: true });
    await createTenant(app, 'prod');
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const response = await app.client().request(`{ __schema { queryType { name } } }`);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/introspection/i);
  });

  it('sends no stack traces and no internal detail to clients', async () => {
    const response = await app
      .client()
      .request(
        `mutation { signIn(input: { email: "nobody@prod.test", password: "wrong one" }) { user { id } } }`,
      );
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    const malformed = await app.client().request(`{ me { `);
    expect(malformed.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('suggests no field, input field or enum value names (introspection is off, so guessing must stay blind)', async () => {
    const client = app.client();
    const answers = [
      // A misspelt mutation: development answers "Did you mean "releaseDisbursement"?".
      await client.request(`mutation { releaseDisbursment(input: {}) { id } }`),
      await client.request(`{ me { displayNam } }`),
      // A misspelt input field and an unknown enum value, in variables.
      await client.request(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { emial: 'member@prod.test', password: PASSWORD },
      }),
      await client.request(
        `query ($status: MotionStatus) { motions(collaborativeId: "00000000-0000-4000-8000-000000000000", status: $status) { nodes { id } } }`,
        { status: 'OPN' },
      ),
      await client.request(
        `{ motions(collaborativeId: "00000000-0000-4000-8000-000000000000", status: OPN) { nodes { id } } }`,
      ),
    ];
    for (const answer of answers) {
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.map((error) => error.message).join(' ')).not.toMatch(/did you mean/i);
    }
    // The message still says what is wrong.
    expect(answers[0].errors?.[0].message).toBe(
      'Cannot query field "releaseDisbursment" on type "Mutation".',
    );
  });

  it('marks the session cookie Secure and sends security headers', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
        variables: { input: { email: 'member@prod.test', password: PASSWORD } },
      }),
    });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('braid_session='))).toMatch(/; Secure/i);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses cross-site form posts and simple GETs (Apollo CSRF prevention)', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(form.status).toBe(400);
  });
});
