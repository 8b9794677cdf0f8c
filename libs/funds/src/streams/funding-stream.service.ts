import { Collaborative, OrganizationService } from '@braid/collaboratives';
import { accessibleBy, assertCan, AuditService, findAccessible, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadById } from '../batched-reads';
import {
  AmountNotPositive,
  CurrencyMismatch,
  DatesOutOfOrder,
  FundingStreamNameTaken,
  UnrestrictedStreamWithRestrictions,
} from '../funds.errors';
import { LedgerAccountKind, streamAccount } from '../ledger/chart-of-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { CreateFundingStreamInput } from './dto/funding-stream.inputs';
import { FundingStream } from './funding-stream.entity';

@Injectable()
export class FundingStreamService {
  constructor(
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly ledger: LedgerService,
  ) {}

  list(ctx: RequestContext, collaborativeId: string): Promise<FundingStream[]> {
    return ctx.em
      .getRepository(FundingStream)
      .createQueryBuilder('stream')
      .where('stream.collaborativeId = :collaborativeId', { collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'FundingStream', 'stream'))
      .orderBy('stream.name')
      .addOrderBy('stream.id')
      .getMany();
  }

  get(ctx: RequestContext, id: string): Promise<FundingStream> {
    return findAccessible(ctx, FundingStream, 'FundingStream', id);
  }

  /** Streams by id for nested fields, batched, limited to what the caller may read (else null). */
  load(ctx: RequestContext, id: string): Promise<FundingStream | null> {
    return loadById(ctx, FundingStream, 'FundingStream', id);
  }

  async create(ctx: RequestContext, input: CreateFundingStreamInput): Promise<FundingStream> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'create', 'FundingStream', { collaborativeId: input.collaborativeId });
    await this.organizations.requireInCollaborative(ctx, input.collaborativeId, input.funderOrganizationId);
    const allowedPurposes = [...new Set(input.allowedPurposes.map((purpose) => purpose.trim()))];
    const allowedWorkgroupIds = [...new Set(input.allowedWorkgroupIds)];
    if (!input.restricted && (allowedPurposes.length > 0 || allowedWorkgroupIds.length > 0)) {
      throw new UnrestrictedStreamWithRestrictions();
    }
    if (input.endsOn < input.startsOn) throw new DatesOutOfOrder('endsOn', 'STREAM_PERIOD');
    if (input.award.cents <= 0n) throw new AmountNotPositive('award.cents');
    if (input.matchRequirement && input.matchRequirement.amount.currency !== input.award.currency) {
      throw new CurrencyMismatch(
        'matchRequirement.amount.currency',
        input.award.currency,
        input.matchRequirement.amount.currency,
      );
    }
    if (await ctx.em.existsBy(FundingStream, { collaborativeId: input.collaborativeId, name: input.name })) {
      throw new FundingStreamNameTaken(input.name);
    }
    const stream = await ctx.em.save(
      ctx.em.create(FundingStream, {
        collaborativeId: input.collaborativeId,
        funderOrganizationId: input.funderOrganizationId,
        name: input.name,
        kind: input.kind,
        restricted: input.restricted,
        allowedPurposes,
        allowedWorkgroupIds,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        award: { cents: input.award.cents, currency: input.award.currency },
        matchRequiredCents: input.matchRequirement?.amount.cents ?? null,
        matchDescription: input.matchRequirement?.description ?? null,
      }),
    );
    await this.ledger.open(ctx, stream.collaborativeId, stream.currency, [
      streamAccount(LedgerAccountKind.STREAM_RECEIVABLE, stream.id),
      streamAccount(LedgerAccountKind.STREAM_CASH, stream.id),
      streamAccount(LedgerAccountKind.STREAM_UNCOMMITTED, stream.id),
    ]);
    await this.audit.record(ctx, {
      action: 'fundingStream.created',
      collaborativeId: stream.collaborativeId,
      entityType: 'FundingStream',
      entityId: stream.id,
      after: stream,
    });
    return stream;
  }
}
