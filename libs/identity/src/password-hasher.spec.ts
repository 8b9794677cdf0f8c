import { PasswordHasher } from './password-hasher';
import { hashToken, newToken } from './session.service';
import { sessionCookie } from './session-cookie';
import { normalizeEmail } from './user.entity';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and a fresh salt each time', async () => {
    const [first, second] = await Promise.all([
      hasher.hash('correct horse battery'),
      hasher.hash('correct horse battery'),
    ]);
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toEqual(second);
    expect(await hasher.verify(first, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(first, 'Correct horse battery')).toBe(false);
  });

  it('answers false, never throws, for a damaged hash', async () => {
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });

  it('spends the time of a real check for unknown accounts, and always fails', async () => {
    await expect(hasher.verifyNothing('braid-dummy-password-for-timing')).resolves.toBe(false);
  });
});

describe('Session tokens and cookies', () => {
  it('issues 256-bit random tokens and stores only their SHA-256', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toEqual(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toEqual(hashToken(token));
  });

  it('reads the session cookie among others', () => {
    const req = { headers: { cookie: 'theme=dark; braid_session=abc123; other=1' } } as never;
    expect(sessionCookie.read(req)).toBe('abc123');
    expect(sessionCookie.read({ headers: {} } as never)).toBeNull();
  });

  it('compares emails without case or surrounding spaces', () => {
    expect(normalizeEmail('  Gloria.Hernandez@Example.ORG ')).toBe('gloria.hernandez@example.org');
  });
});
