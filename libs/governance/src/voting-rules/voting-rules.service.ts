import { DEFAULT_CURRENCY } from '@braid/contracts';
import { Collaborative } from '@braid/collaboratives';
import { assertCan, AuditService, findAccessible, Money, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { requireReadableIn } from '../access';
import { UpdateVotingRulesInput } from './dto/voting-rules.inputs';
import { DEFAULT_RULES, RuleSet } from './rules';
import { VotingRules } from './voting-rules.entity';

function defaultsFor(collaborativeId: string): VotingRules {
  return Object.assign(new VotingRules(), {
    collaborativeId,
    quorumRule: DEFAULT_RULES.quorumRule,
    requiredSectors: DEFAULT_RULES.requiredSectors.map((entry) => ({ ...entry })),
    threshold: DEFAULT_RULES.threshold,
    spendingLimit: Money.of({ cents: DEFAULT_RULES.spendingLimitCents, currency: DEFAULT_CURRENCY }),
    thresholdAboveSpendingLimit: DEFAULT_RULES.thresholdAboveSpendingLimit,
    abstentionsCountTowardBase: DEFAULT_RULES.abstentionsCountTowardBase,
  });
}

export function ruleSetOf(rules: VotingRules): RuleSet {
  return {
    quorumRule: rules.quorumRule,
    requiredSectors: rules.requiredSectors.map(({ sector, minimumPresent }) => ({ sector, minimumPresent })),
    threshold: rules.threshold,
    spendingLimitCents: rules.spendingLimit.cents,
    thresholdAboveSpendingLimit: rules.thresholdAboveSpendingLimit,
    abstentionsCountTowardBase: rules.abstentionsCountTowardBase,
  };
}

/**
 * Every collaborative has voting rules: until someone changes them, or a motion is decided under
 * them, they are the defaults and no row is needed; from then on the row is the record.
 */
@Injectable()
export class VotingRulesService {
  constructor(private readonly audit: AuditService) {}

  async get(ctx: RequestContext, collaborativeId: string): Promise<VotingRules> {
    requireReadableIn(ctx, 'VotingRules', collaborativeId);
    return this.load(ctx, collaborativeId);
  }

  /** The rules for computations (a meeting's quorum), batched per request. */
  load(ctx: RequestContext, collaborativeId: string): Promise<VotingRules> {
    return ctx
      .loader<string, VotingRules>('governance.votingRules', async (ids) => {
        const rows = await ctx.em
          .getRepository(VotingRules)
          .createQueryBuilder('rules')
          .where('rules.collaborativeId IN (:...ids)', { ids })
          .getMany();
        return ids.map(
          (id) =>
            rows.find((row) => row.collaborativeId === id) ??
            Object.assign(defaultsFor(id), { updatedAt: null }),
        );
      })
      .load(collaborativeId);
  }

  /** Writes the defaults if none are stored yet, and returns the stored rules, locked for this transaction. */
  async ensure(ctx: RequestContext, collaborativeId: string): Promise<VotingRules> {
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(VotingRules)
      .values(defaultsFor(collaborativeId))
      .orIgnore()
      .execute();
    return ctx.em
      .getRepository(VotingRules)
      .findOneOrFail({ where: { collaborativeId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(ctx: RequestContext, input: UpdateVotingRulesInput): Promise<VotingRules> {
    requireReadableIn(ctx, 'VotingRules', input.collaborativeId);
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'update', 'VotingRules', { collaborativeId: input.collaborativeId });
    const rules = await this.ensure(ctx, input.collaborativeId);
    const before = { ...rules, spendingLimit: { ...rules.spendingLimit } };
    if (input.quorumRule !== undefined) rules.quorumRule = input.quorumRule;
    if (input.requiredSectors !== undefined) {
      rules.requiredSectors = input.requiredSectors.map(({ sector, minimumPresent }) => ({
        sector,
        minimumPresent,
      }));
    }
    if (input.threshold !== undefined) rules.threshold = input.threshold;
    if (input.spendingLimit !== undefined) rules.spendingLimit = Money.of(input.spendingLimit);
    if (input.thresholdAboveSpendingLimit !== undefined)
      rules.thresholdAboveSpendingLimit = input.thresholdAboveSpendingLimit;
    if (input.abstentionsCountTowardBase !== undefined)
      rules.abstentionsCountTowardBase = input.abstentionsCountTowardBase;
    await ctx.em.save(rules);
    await this.audit.record(ctx, {
      action: 'votingRules.updated',
      collaborativeId: rules.collaborativeId,
      entityType: 'VotingRules',
      entityId: rules.collaborativeId,
      before,
      after: rules,
    });
    return rules;
  }
}
