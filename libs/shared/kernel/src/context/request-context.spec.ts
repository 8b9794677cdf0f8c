import { EntityManager } from 'typeorm';
import { defineSystemAbility } from '../access/ability.factory';
import { RequestContext } from './request-context';

function contextOf(inTransaction: boolean): RequestContext {
  return new RequestContext({
    principal: null,
    ability: defineSystemAbility(),
    em: {} as EntityManager,
    inTransaction,
    requestId: 'test',
  });
}

/** Two reads that record when each starts and ends; the first takes longer. */
function reads() {
  const events: string[] = [];
  const read =
    <T>(name: string, ms: number, value: T) =>
    async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`${name} ends`);
      return value;
    };
  return { events, slow: read('slow', 20, 1), fast: read('fast', 1, 'two') };
}

describe('RequestContext.readTogether', () => {
  it('runs reads concurrently on the pool, each answer in its place', async () => {
    const { events, slow, fast } = reads();
    const [one, two] = await contextOf(false).readTogether([slow, fast]);
    expect([one, two]).toEqual([1, 'two']);
    expect(events).toEqual(['slow starts', 'fast starts', 'fast ends', 'slow ends']);
  });

  it("runs them one after another inside a transaction, whose one connection can't run two", async () => {
    const { events, slow, fast } = reads();
    const [one, two] = await contextOf(true).readTogether([slow, fast]);
    expect([one, two]).toEqual([1, 'two']);
    expect(events).toEqual(['slow starts', 'slow ends', 'fast starts', 'fast ends']);
  });

  it('stops at the first failure inside a transaction, sending nothing after it', async () => {
    const { events, fast } = reads();
    const failing = () => Promise.reject(new Error('refused'));
    await expect(contextOf(true).readTogether([failing, fast])).rejects.toThrow('refused');
    expect(events).toEqual([]);
  });
});
