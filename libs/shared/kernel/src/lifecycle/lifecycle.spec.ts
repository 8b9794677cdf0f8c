import fc from 'fast-check';
import { EntityManager } from 'typeorm';
import { defineSystemAbility } from '../access/ability.factory';
import { RequestContext } from '../context/request-context';
import { IllegalTransitionError } from '../errors/braid-error';
import { Lifecycle, Transition, TransitionEvent } from './lifecycle';

type Door = 'OPEN' | 'CLOSED' | 'LOCKED';

const DOOR = new Lifecycle<Door, 'close' | 'open' | 'lock' | 'unlock'>({
  subject: 'door',
  transitions: [
    { from: 'OPEN', to: 'CLOSED', name: 'close' },
    { from: 'CLOSED', to: 'OPEN', name: 'open' },
    { from: 'CLOSED', to: 'LOCKED', name: 'lock' },
    { from: 'LOCKED', to: 'CLOSED', name: 'unlock' },
  ],
  refusals: [{ from: 'LOCKED', to: 'OPEN', rule: 'REVERSE_RELEASE_FIRST', advice: 'Unlock it first.' }],
});

const ctx = new RequestContext({
  principal: null,
  ability: defineSystemAbility(),
  em: {} as EntityManager,
  inTransaction: true,
  requestId: 'test',
});

function refusalOf(move: () => unknown): IllegalTransitionError {
  try {
    move();
  } catch (error) {
    if (error instanceof IllegalTransitionError) return error;
    throw error;
  }
  throw new Error('the move was allowed');
}

describe('Lifecycle', () => {
  it('allows exactly the listed moves and lists them by the state they leave', () => {
    expect(DOOR.can('OPEN', 'CLOSED')).toBe(true);
    expect(DOOR.can('OPEN', 'LOCKED')).toBe(false);
    expect(DOOR.can('OPEN', 'OPEN')).toBe(false);
    expect(DOOR.assert('CLOSED', 'LOCKED')).toBe('LOCKED');
    expect(DOOR.transitionsFrom('CLOSED').map((move) => move.name)).toEqual(['open', 'lock']);
    expect(DOOR.transitionsFrom('OPEN')).toEqual([{ from: 'OPEN', to: 'CLOSED', name: 'close' }]);
  });

  it('refuses with ILLEGAL_TRANSITION, naming the subject and both states', () => {
    const refusal = refusalOf(() => DOOR.assert('OPEN', 'LOCKED'));
    expect(refusal.message).toBe('The door cannot go from OPEN to LOCKED.');
    expect(refusal.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
      subject: 'door',
      from: 'OPEN',
      to: 'LOCKED',
    });
  });

  it('says what to do instead for a refused move that has a better way', () => {
    const refusal = refusalOf(() => DOOR.assert('LOCKED', 'OPEN'));
    expect(refusal.message).toBe('The door cannot go from LOCKED to OPEN. Unlock it first.');
    expect(refusal.extensions).toMatchObject({ from: 'LOCKED', to: 'OPEN', rule: 'REVERSE_RELEASE_FIRST' });
  });

  it('moves a record and tells the history hook which move it made, with its details', async () => {
    const heard: TransitionEvent<Door, string, { status: Door }, { by: string }>[] = [];
    const door = new Lifecycle<Door, string, { status: Door }, { by: string }>({
      subject: 'door',
      transitions: [{ from: 'OPEN', to: 'CLOSED', name: 'close' }],
      onTransition: async (event) => {
        heard.push(event);
      },
    });
    const record = { status: 'OPEN' as Door };
    await door.transition(ctx, record, 'CLOSED', { by: 'the wind' });
    expect(record.status).toBe('CLOSED');
    expect(heard).toEqual([
      { ctx, record, from: 'OPEN', to: 'CLOSED', name: 'close', details: { by: 'the wind' } },
    ]);

    // A refused move changes nothing and writes no history.
    await expect(door.transition(ctx, record, 'OPEN', { by: 'the wind' })).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    expect(record.status).toBe('CLOSED');
    expect(heard).toHaveLength(1);
  });

  it('refuses a table that lists a move twice or both allows and refuses it', () => {
    expect(
      () =>
        new Lifecycle<Door>({
          subject: 'door',
          transitions: [
            { from: 'OPEN', to: 'CLOSED', name: 'close' },
            { from: 'OPEN', to: 'CLOSED', name: 'slam' },
          ],
        }),
    ).toThrow(/listed twice/);
    expect(
      () =>
        new Lifecycle<Door>({
          subject: 'door',
          transitions: [{ from: 'OPEN', to: 'CLOSED', name: 'close' }],
          refusals: [{ from: 'OPEN', to: 'CLOSED', rule: 'RECORD_NEW_PLEDGE', advice: '' }],
        }),
    ).toThrow(/both allowed and refused/);
  });

  it('refuses every pair of states its table does not list, and allows every pair it does', () => {
    const states = ['A', 'B', 'C', 'D', 'E'] as const;
    type State = (typeof states)[number];
    const state = fc.constantFrom(...states);
    const table = fc.uniqueArray(fc.tuple(state, state), {
      selector: ([from, to]) => `${from}${to}`,
      maxLength: states.length ** 2,
    });
    fc.assert(
      fc.property(table, state, state, (moves, from, to) => {
        const transitions: Transition<State>[] = moves.map(([f, t]) => ({ from: f, to: t, name: `${f}${t}` }));
        const lifecycle = new Lifecycle<State>({ subject: 'thing', transitions });
        const listed = moves.some(([f, t]) => f === from && t === to);
        expect(lifecycle.can(from, to)).toBe(listed);
        if (listed) {
          expect(lifecycle.assert(from, to)).toBe(to);
        } else {
          const refusal = refusalOf(() => lifecycle.assert(from, to));
          expect(refusal.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', subject: 'thing', from, to });
        }
        expect(lifecycle.transitionsFrom(from).map((move) => move.to)).toEqual(
          moves.filter(([f]) => f === from).map(([, t]) => t),
        );
      }),
    );
  });
});
