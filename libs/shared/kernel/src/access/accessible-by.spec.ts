import { Role } from '@braid/contracts';
import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { AppAbility, defineAbilityFor } from './ability.factory';
import { accessCondition } from './accessible-by';

function abilityWith(define: (builder: AbilityBuilder<AppAbility>) => void): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  define(builder);
  return builder.build();
}

/** Replaces generated parameter names so expectations read as SQL. */
function readable({ sql, parameters }: { sql: string; parameters: Record<string, unknown> }): string {
  return sql.replace(/:(?:\.\.\.)?(casl_\d+)/g, (_, name: string) => JSON.stringify(parameters[name]));
}

describe('accessCondition (CASL rules → SQL)', () => {
  it('matches nothing when no rule grants the action', () => {
    expect(accessCondition(defineAbilityFor(null), 'read', 'Seat', 'seat').sql).toBe('1 = 0');
  });

  it('matches everything for an unconditional rule', () => {
    const ability = abilityWith(({ can }) => can('read', 'Seat'));
    expect(accessCondition(ability, 'read', 'Seat', 'seat').sql).toBe('1 = 1');
  });

  it('bounds a member to their collaborative by its id', () => {
    const ability = defineAbilityFor({
      userId: 'u1',
      displayName: 'x',
      email: 'x@example.org',
      preferredLanguage: 'en',
      sessionId: null,
      memberships: [
        {
          collaborativeId: 'c1',
          membershipId: 'm1',
          roles: [Role.MEMBER],
          organizationId: null,
          seatIds: [],
          alternateSeatIds: [],
          ledWorkgroupIds: [],
          workgroupIds: [],
        },
      ],
    });
    expect(readable(accessCondition(ability, 'read', 'Seat', 'seat'))).toBe('seat.collaborativeId = "c1"');
  });

  it('joins several rules with OR and keeps inverted rules as AND NOT', () => {
    const ability = abilityWith(({ can, cannot }) => {
      can('read', 'Seat', { collaborativeId: 'c1' });
      can('read', 'Seat', { collaborativeId: { $in: ['c2', 'c3'] }, voting: true });
      cannot('read', 'Seat', { sector: 'RESIDENT' });
    });
    const sql = readable(accessCondition(ability, 'read', 'Seat', 's'));
    expect(sql).toContain('s.collaborativeId = "c1"');
    expect(sql).toContain('s.collaborativeId IN (["c2","c3"])');
    expect(sql).toContain('s.voting = true');
    expect(sql).toContain('NOT (s.sector = "RESIDENT")');
    expect(sql).toMatch(/ OR /);
  });

  it('translates every comparison operator, and empty lists safely', () => {
    const ability = abilityWith(({ can }) => {
      can('read', 'Seat', {
        a: { $ne: null },
        b: { $lt: 1 },
        c: { $lte: 2 },
        d: { $gt: 3 },
        e: { $gte: 4 },
        f: { $nin: [] },
        g: { $in: [] },
        h: null,
      });
    });
    const sql = readable(accessCondition(ability, 'read', 'Seat', 's'));
    for (const expected of [
      's.a IS NOT NULL',
      's.b < 1',
      's.c <= 2',
      's.d > 3',
      's.e >= 4',
      '1 = 1',
      '1 = 0',
      's.h IS NULL',
    ]) {
      expect(sql).toContain(expected);
    }
  });

  it('refuses conditions it cannot express instead of silently widening access', () => {
    const regex = abilityWith(({ can }) => can('read', 'Seat', { name: { $regex: '^Resident' } }));
    expect(() => accessCondition(regex, 'read', 'Seat', 's')).toThrow(/no SQL translation/);
    const nested = abilityWith(({ can }) => can('read', 'Seat', { 'organization.name': 'x' }));
    expect(() => accessCondition(nested, 'read', 'Seat', 's')).toThrow(/only plain columns/);
  });
});
