import { isSameOrigin } from './same-origin';

describe('isSameOrigin', () => {
  const host = 'braid.example.org';

  it('accepts the site’s own page and a request that names no origin', () => {
    expect(isSameOrigin({ host, origin: 'https://braid.example.org' }, false)).toBe(true);
    expect(isSameOrigin({ host: 'Braid.Example.org', origin: 'https://braid.example.org' }, false)).toBe(
      true,
    );
    expect(isSameOrigin({ host }, false)).toBe(true);
  });

  it('refuses another site, a sibling subdomain, another port, an opaque or malformed origin', () => {
    for (const origin of [
      'https://evil.example',
      'https://reports.example.org',
      'https://braid.example.org:8443',
      'null',
      'not a url',
    ]) {
      expect(isSameOrigin({ host, origin }, false)).toBe(false);
    }
  });

  it('reads the host a trusted proxy was asked for, and only when the proxy is trusted', () => {
    const behindProxy = { host: '10.0.0.5:3000', 'x-forwarded-host': host, origin: `https://${host}` };
    expect(isSameOrigin(behindProxy, true)).toBe(true);
    expect(isSameOrigin(behindProxy, false)).toBe(false);
  });
});
