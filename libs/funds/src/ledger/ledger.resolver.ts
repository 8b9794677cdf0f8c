import { Organization, OrganizationService } from '@braid/collaboratives';
import { Allow, Connection, Ctx, Money, RequestContext } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Grant } from '../grants/grant.entity';
import { GrantService } from '../grants/grant.service';
import { FundingStream } from '../streams/funding-stream.entity';
import { FundingStreamService } from '../streams/funding-stream.service';
import { normalBalance } from './chart-of-accounts';
import {
  LedgerAccountsArgs,
  LedgerTransactionsArgs,
  ReverseLedgerTransactionInput,
} from './dto/ledger.inputs';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerMemo, loadLedgerMemo } from './ledger-memo';
import { LedgerTransaction } from './ledger-transaction.entity';
import { LedgerService } from './ledger.service';
import { ReversalService } from './reversal.service';

@ObjectType()
export class LedgerTransactionConnection extends Connection(LedgerTransaction) {}

@Resolver(() => LedgerTransaction)
export class LedgerResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly reversals: ReversalService,
  ) {}

  @Query(() => LedgerTransactionConnection, { description: 'The ledger, newest transaction first.' })
  @Allow('read', 'LedgerTransaction')
  ledgerTransactions(@Ctx() ctx: RequestContext, @Args() args: LedgerTransactionsArgs) {
    return this.ledger.list(ctx, args);
  }

  @Query(() => [LedgerAccount], { description: 'The chart of accounts with each balance.' })
  @Allow('read', 'LedgerTransaction')
  ledgerAccounts(@Ctx() ctx: RequestContext, @Args() args: LedgerAccountsArgs) {
    return this.ledger.accounts(ctx, args);
  }

  @Mutation(() => LedgerTransaction, {
    description: 'Posts the reversal of a receipt or a release recorded in error; returns the reversal.',
  })
  @Allow('reverse', 'LedgerTransaction')
  reverseLedgerTransaction(@Ctx() ctx: RequestContext, @Args('input') input: ReverseLedgerTransactionInput) {
    return this.reversals.reverse(ctx, input);
  }

  @ResolveField(() => [LedgerEntry])
  entries(@Ctx() ctx: RequestContext, @Parent() transaction: LedgerTransaction) {
    return this.ledger.loadEntries(ctx, transaction.id);
  }

  @ResolveField(() => LedgerMemo, {
    nullable: true,
    description:
      "The memo as names, where Braid wrote it (a commitment, a release), so a client can say it in its reader's language; null where a person wrote the memo.",
  })
  memoParts(@Ctx() ctx: RequestContext, @Parent() transaction: LedgerTransaction) {
    return loadLedgerMemo(ctx, transaction);
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  constructor(private readonly ledger: LedgerService) {}

  @ResolveField(() => Money, { description: 'Signed: debit positive, credit negative.' })
  amount(@Parent() entry: LedgerEntry): Money {
    return Money.of({ cents: entry.amountCents, currency: entry.currency });
  }

  @ResolveField(() => LedgerAccount, { nullable: true })
  account(@Ctx() ctx: RequestContext, @Parent() entry: LedgerEntry) {
    return this.ledger.loadAccount(ctx, entry.accountId);
  }
}

/**
 * An account named by what it belongs to: "cash on hand" alone does not say whose. Each field goes
 * through the request's loader, so a page of the ledger costs one query per kind of name, not one
 * per posting.
 */
@Resolver(() => LedgerAccount)
export class LedgerAccountResolver {
  constructor(
    private readonly streams: FundingStreamService,
    private readonly grants: GrantService,
    private readonly organizations: OrganizationService,
  ) {}

  @ResolveField(() => FundingStream, {
    nullable: true,
    description: 'The funding stream the account is kept for.',
  })
  fundingStream(@Ctx() ctx: RequestContext, @Parent() account: LedgerAccount) {
    return this.streams.load(ctx, account.fundingStreamId);
  }

  @ResolveField(() => Grant, {
    nullable: true,
    description: "The grant, for a grant's committed or disbursed account.",
  })
  grant(@Ctx() ctx: RequestContext, @Parent() account: LedgerAccount) {
    return account.grantId ? this.grants.load(ctx, account.grantId) : null;
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'The partner organization, for the account of what it received.',
  })
  organization(@Ctx() ctx: RequestContext, @Parent() account: LedgerAccount) {
    return account.organizationId ? this.organizations.load(ctx, account.organizationId) : null;
  }

  @ResolveField(() => Money, {
    description: "The balance on the account's normal side (positive as people read it).",
  })
  balance(@Parent() account: LedgerAccount): Money {
    return Money.of({ cents: normalBalance(account.kind, account.balanceCents), currency: account.currency });
  }
}
