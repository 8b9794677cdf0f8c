import { LiveUpdates } from './live-updates';

describe('LiveUpdates in one process', () => {
  const live = () => new LiveUpdates({ redisUrl: null, maxPerConnection: 20, maxPerPerson: 50 });

  it('ends a stream with its last message, and nothing published after it is taken', async () => {
    const updates = live();
    const stream = await updates.listen<string>('motion:1');
    const waiting = stream.next();
    stream.end('access ended');
    expect(await waiting).toEqual({ value: 'access ended', done: false });
    await (updates as unknown as { engine: { publish(c: string, m: string): Promise<void> } }).engine.publish(
      'braid:live:motion:1',
      'a later ballot',
    );
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('drops what was queued but not yet judged when a stream ends', async () => {
    const updates = live();
    const stream = await updates.listen<string>('motion:2');
    const engine = (updates as unknown as { engine: { publish(c: string, m: string): Promise<void> } })
      .engine;
    await engine.publish('braid:live:motion:2', 'ballot 1');
    await engine.publish('braid:live:motion:2', 'ballot 2');
    stream.end('session ended');
    expect(await stream.next()).toEqual({ value: 'session ended', done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('stops counting a listener once its stream has ended', async () => {
    const updates = live();
    const stream = await updates.listen<string>('motion:3');
    const listeners = (updates as unknown as { listeners: Map<string, number> }).listeners;
    expect(listeners.get('motion:3')).toBe(1);
    stream.end();
    expect(listeners.has('motion:3')).toBe(false);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
