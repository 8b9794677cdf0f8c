import { DataSource } from 'typeorm';
import { Principal } from './principal';
import { PrincipalCache } from './principal-cache';

const person = (userId: string): Principal => ({
  userId,
  displayName: userId,
  email: `${userId}@example.test`,
  preferredLanguage: 'EN',
  sessionId: `session of ${userId}`,
  memberships: [
    {
      collaborativeId: 'c1',
      membershipId: `m-${userId}`,
      roles: [],
      organizationId: null,
      seatIds: ['s1'],
      alternateSeatIds: [],
      ledWorkgroupIds: [],
      workgroupIds: [],
    },
  ],
});

const inAnHour = () => new Date(Date.now() + 3_600_000);

/** A cache that hears changes (its LISTEN connection is what the e2e suite exercises). */
function listeningCache(seconds = 60, maxEntries = 100): PrincipalCache {
  const cache = new PrincipalCache({ seconds, maxEntries }, {} as DataSource);
  (cache as unknown as { listening: boolean }).listening = true;
  return cache;
}

describe('PrincipalCache', () => {
  afterEach(() => jest.useRealTimers());

  it('answers for a session it was given, frozen so that no request can change it for the next', () => {
    const cache = listeningCache();
    cache.set('token-a', person('ana'), inAnHour(), cache.generation);
    const cached = cache.get('token-a') as Principal;
    expect(cached.userId).toBe('ana');
    expect(() => (cached.memberships[0].seatIds as string[]).push('s2')).toThrow(TypeError);
    expect(cache.get('token-b')).toBeUndefined();
  });

  it('forgets every session of a person whose facts changed, and only theirs', () => {
    const cache = listeningCache();
    cache.set('ana on the laptop', person('ana'), inAnHour(), cache.generation);
    cache.set('ana on the phone', person('ana'), inAnHour(), cache.generation);
    cache.set('luis', person('luis'), inAnHour(), cache.generation);
    cache.forgetUsers(['ana']);
    expect(cache.get('ana on the laptop')).toBeUndefined();
    expect(cache.get('ana on the phone')).toBeUndefined();
    expect(cache.get('luis')?.userId).toBe('luis');
  });

  it('does not keep facts read before a change that was heard while they were being read', () => {
    const cache = listeningCache();
    const before = cache.generation;
    cache.forgetUsers(['someone']);
    cache.set('token-a', person('ana'), inAnHour(), before);
    expect(cache.get('token-a')).toBeUndefined();
  });

  it('keeps an entry no longer than its time to live, nor past the end of its session', () => {
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') });
    const cache = listeningCache(60);
    cache.set('long session', person('ana'), inAnHour(), cache.generation);
    cache.set('ending session', person('luis'), new Date('2026-11-23T12:00:10Z'), cache.generation);
    jest.setSystemTime(new Date('2026-11-23T12:00:10Z'));
    expect(cache.get('ending session')).toBeUndefined();
    expect(cache.get('long session')).toBeDefined();
    jest.setSystemTime(new Date('2026-11-23T12:01:00Z'));
    expect(cache.get('long session')).toBeUndefined();
  });

  it('forgets the oldest sessions beyond its size', () => {
    const cache = listeningCache(60, 2);
    cache.set('first', person('a'), inAnHour(), cache.generation);
    cache.set('second', person('b'), inAnHour(), cache.generation);
    cache.set('third', person('c'), inAnHour(), cache.generation);
    expect(cache.size).toBe(2);
    expect(cache.get('first')).toBeUndefined();
    expect(cache.get('third')?.userId).toBe('c');
  });

  it('forgets the session idle longest, not the one signed in first', () => {
    const cache = listeningCache(60, 2);
    cache.set('all-day office session', person('a'), inAnHour(), cache.generation);
    cache.set('brief visit', person('b'), inAnHour(), cache.generation);
    // The office session keeps working; the visitor has gone quiet.
    expect(cache.get('all-day office session')?.userId).toBe('a');
    cache.set('new sign-in', person('c'), inAnHour(), cache.generation);
    expect({
      office: cache.get('all-day office session')?.userId,
      visit: cache.get('brief visit')?.userId,
      newcomer: cache.get('new sign-in')?.userId,
    }).toEqual({ office: 'a', visit: undefined, newcomer: 'c' });
  });

  it('answers nothing while it cannot hear changes, or when turned off', () => {
    const deaf = new PrincipalCache({ seconds: 60, maxEntries: 10 }, {} as DataSource);
    deaf.set('token-a', person('ana'), inAnHour(), deaf.generation);
    expect(deaf.get('token-a')).toBeUndefined();
    const off = listeningCache(0);
    off.set('token-a', person('ana'), inAnHour(), off.generation);
    expect(off.get('token-a')).toBeUndefined();
  });
});
