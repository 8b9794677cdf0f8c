import { BallotChoice, MotionKind, MotionOutcome, MotionStatus, Sector } from '@braid/contracts';
import { CollaborativeService } from '@braid/collaboratives';
import { FundingStreamKind, LedgerAccountKind } from '@braid/funds';
import { Money, NotFoundError, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { grantFigures, GrantSums, StreamSums, streamFigures } from './public-figures';
import {
  PublicDecision,
  PublicFundTotals,
  PublicPurposeTotal,
  PublicRecipientTotal,
  PublicStreamKindTotal,
  Transparency,
} from './transparency.types';

/** The most recent decisions shown; older ones stay in the minutes. */
export const PUBLIC_DECISIONS_LIMIT = 200;

const sumOf = (kind: LedgerAccountKind) =>
  `coalesce(sum(entry.amount_cents) FILTER (WHERE account.kind = '${kind}'), 0)::text`;

const STREAM_SUMS = `${sumOf(LedgerAccountKind.STREAM_RECEIVABLE)} AS receivable,
  ${sumOf(LedgerAccountKind.STREAM_CASH)} AS cash,
  ${sumOf(LedgerAccountKind.GRANT_DISBURSED)} AS disbursed`;

const GRANT_SUMS = `${sumOf(LedgerAccountKind.GRANT_COMMITTED)} AS committed,
  ${sumOf(LedgerAccountKind.GRANT_DISBURSED)} AS disbursed`;

const money = (cents: bigint, currency: string) => Money.of({ cents, currency });

/**
 * The public transparency view. Public by the collaborative's own choice (`publicTransparency`),
 * so it reads with SQL aggregates and no access rule, and selects only columns that are public by
 * nature: motion titles and tallies, seat names on named votes, organization names, sums of money.
 * Each part is one query, whatever the number of motions, streams or grants.
 */
@Injectable()
export class TransparencyService {
  constructor(private readonly collaboratives: CollaborativeService) {}

  async bySlug(ctx: RequestContext, slug: string): Promise<Transparency> {
    // The same rule as getPublishedOrAccessible: a published collaborative, or one the caller
    // belongs to (a member previews what the public will see). Anything else is NOT_FOUND.
    const collaborative = await this.collaboratives.bySlug(ctx, slug);
    if (!collaborative) throw new NotFoundError('Collaborative', slug);
    const id = collaborative.id;
    const [decisions, totals, receivedByStreamKind, grantsByPurpose, grantsByRecipient] = await Promise.all([
      this.decisions(ctx, id),
      this.totals(ctx, id),
      this.receivedByStreamKind(ctx, id),
      this.grantsByPurpose(ctx, id),
      this.grantsByRecipient(ctx, id),
    ]);
    return {
      collaborative: {
        name: collaborative.name,
        slug: collaborative.slug,
        region: collaborative.region,
        description: collaborative.description,
      },
      decisions,
      totals,
      receivedByStreamKind,
      grantsByPurpose,
      grantsByRecipient,
    };
  }

  private async decisions(ctx: RequestContext, collaborativeId: string): Promise<PublicDecision[]> {
    const motions: {
      id: string;
      title: string;
      kind: MotionKind;
      closed_at: Date;
      outcome: MotionOutcome;
      secret: boolean;
      yes: number;
      no: number;
      abstain: number;
      recused: number;
    }[] = await ctx.em.query(
      `SELECT motion.id, motion.title, motion.kind, motion.closed_at, motion.outcome, motion.secret,
              tally.yes, tally.no, tally.abstain, cardinality(tally.recused_seat_ids) AS recused
         FROM motion
         JOIN tally ON tally.motion_id = motion.id
        WHERE motion.collaborative_id = $1 AND motion.status = $2
        ORDER BY motion.closed_at DESC, motion.id
        LIMIT $3`,
      [collaborativeId, MotionStatus.CLOSED, PUBLIC_DECISIONS_LIMIT],
    );
    if (motions.length === 0) return [];
    // Named motions only: a secret ballot's choice is NULL in the table anyway (a check
    // constraint), and the motion's own flag is checked too, so neither alone decides.
    const votes: { motion_id: string; seat_name: string; sector: Sector; choice: BallotChoice }[] =
      await ctx.em.query(
        `SELECT ballot.motion_id, seat.name AS seat_name, seat.sector, ballot.choice
           FROM ballot
           JOIN motion ON motion.id = ballot.motion_id
           JOIN seat ON seat.id = ballot.seat_id
          WHERE ballot.motion_id = ANY($1::uuid[])
            AND NOT motion.secret AND NOT ballot.secret AND ballot.choice IS NOT NULL
          ORDER BY seat.name, seat.id`,
        [motions.map((motion) => motion.id)],
      );
    return motions.map((motion) => ({
      motionId: motion.id,
      title: motion.title,
      kind: motion.kind,
      decidedAt: motion.closed_at,
      outcome: motion.outcome,
      secret: motion.secret,
      yes: motion.yes,
      no: motion.no,
      abstain: motion.abstain,
      recused: motion.recused,
      votes: motion.secret
        ? []
        : votes
            .filter((vote) => vote.motion_id === motion.id)
            .map((vote) => ({ seatName: vote.seat_name, sector: vote.sector, choice: vote.choice })),
    }));
  }

  private async totals(ctx: RequestContext, collaborativeId: string): Promise<PublicFundTotals[]> {
    const rows: (StreamSums & GrantSums & { currency: string })[] = await ctx.em.query(
      `SELECT entry.currency, ${STREAM_SUMS}, ${sumOf(LedgerAccountKind.GRANT_COMMITTED)} AS committed
         FROM ledger_entry entry
         JOIN ledger_account account ON account.id = entry.account_id
        WHERE entry.collaborative_id = $1
        GROUP BY entry.currency
        ORDER BY entry.currency`,
      [collaborativeId],
    );
    return rows.map((row) => {
      const { pledged, received } = streamFigures(row);
      const { committed, disbursed } = grantFigures(row);
      return {
        currency: row.currency,
        pledged: money(pledged, row.currency),
        received: money(received, row.currency),
        committed: money(committed, row.currency),
        disbursed: money(disbursed, row.currency),
        cashOnHand: money(BigInt(row.cash), row.currency),
      };
    });
  }

  private async receivedByStreamKind(
    ctx: RequestContext,
    collaborativeId: string,
  ): Promise<PublicStreamKindTotal[]> {
    const rows: (StreamSums & { kind: FundingStreamKind; currency: string; streams: number })[] =
      await ctx.em.query(
        `SELECT stream.kind, stream.award_currency AS currency, count(DISTINCT stream.id)::int AS streams,
                ${STREAM_SUMS}
           FROM funding_stream stream
           LEFT JOIN ledger_entry entry ON entry.funding_stream_id = stream.id
           LEFT JOIN ledger_account account ON account.id = entry.account_id
          WHERE stream.collaborative_id = $1
          GROUP BY stream.kind, stream.award_currency
          ORDER BY stream.kind::text, stream.award_currency`,
        [collaborativeId],
      );
    return rows.map((row) => {
      const { pledged, received } = streamFigures(row);
      return {
        kind: row.kind,
        streamCount: row.streams,
        pledged: money(pledged, row.currency),
        received: money(received, row.currency),
      };
    });
  }

  private async grantsByPurpose(ctx: RequestContext, collaborativeId: string): Promise<PublicPurposeTotal[]> {
    const rows: (GrantSums & { purpose: string; currency: string; grants: number })[] = await ctx.em.query(
      `SELECT award.purpose, award.amount_currency AS currency, count(DISTINCT award.id)::int AS grants,
              ${GRANT_SUMS}
         FROM grant_award award
         LEFT JOIN ledger_entry entry ON entry.grant_id = award.id
         LEFT JOIN ledger_account account ON account.id = entry.account_id
        WHERE award.collaborative_id = $1
        GROUP BY award.purpose, award.amount_currency
        ORDER BY award.purpose, award.amount_currency`,
      [collaborativeId],
    );
    return rows.map((row) => {
      const { committed, disbursed } = grantFigures(row);
      return {
        purpose: row.purpose,
        grantCount: row.grants,
        committed: money(committed, row.currency),
        disbursed: money(disbursed, row.currency),
      };
    });
  }

  private async grantsByRecipient(
    ctx: RequestContext,
    collaborativeId: string,
  ): Promise<PublicRecipientTotal[]> {
    const rows: (GrantSums & { name: string; currency: string; grants: number })[] = await ctx.em.query(
      `SELECT organization.name, award.amount_currency AS currency, count(DISTINCT award.id)::int AS grants,
              ${GRANT_SUMS}
         FROM grant_award award
         JOIN organization ON organization.id = award.recipient_organization_id
         LEFT JOIN ledger_entry entry ON entry.grant_id = award.id
         LEFT JOIN ledger_account account ON account.id = entry.account_id
        WHERE award.collaborative_id = $1
        GROUP BY organization.id, organization.name, award.amount_currency
        ORDER BY organization.name, award.amount_currency`,
      [collaborativeId],
    );
    return rows.map((row) => {
      const { committed, disbursed } = grantFigures(row);
      return {
        organizationName: row.name,
        grantCount: row.grants,
        committed: money(committed, row.currency),
        disbursed: money(disbursed, row.currency),
      };
    });
  }
}
