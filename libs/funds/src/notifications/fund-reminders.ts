import { Clock, collaborativeTodaySql, NotificationRequest, Notifier, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { pledgeBehind, pledgeExpectation } from '../contributions/pledge-schedule';
import { DisbursementHolds } from '../disbursements/disbursement-holds';
import { DisbursementStatus } from '../disbursements/disbursement-lifecycle';
import { Disbursement } from '../disbursements/disbursement.entity';
import { Grant } from '../grants/grant.entity';
import { fundAdministratorsOf, fundLinks, partnerContactsOf } from './recipients';

/** The scheduled task that tells the fund what needs doing (FundsModule.onModuleInit). */
export const FUND_REMINDERS_TASK = 'funds-reminders';

/** A restricted stream's money is called out this many days before the stream ends. */
export const STREAM_ENDING_DAYS = 60;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The fund's reminders, swept on a schedule as of the Clock's instant on each collaborative's own
 * calendar (its time zone: the fund's dates are its calendar dates): pledges behind their expected payments and restricted streams
 * ending with money nobody committed go to the fund administrators; tranches whose planned date
 * came while a hold keeps them back go to the grant's partner contacts, who owe what releases them.
 * Every message carries a dedupe key naming its threshold, so running the sweep again (a retry,
 * a second process, the next hour) tells nobody twice; the queries skip what a key already
 * recorded, so the hourly run reads only what is new, and each kind is written in one `notifyMany`.
 */
@Injectable()
export class FundReminders {
  constructor(
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly holds: DisbursementHolds,
  ) {}

  async sweep(ctx: RequestContext): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.pledgesBehind(ctx, now);
    await this.streamsEnding(ctx, now);
    await this.tranchesHeld(ctx, now);
  }

  /**
   * Pledges behind at their latest quarter end. The query mirrors `pledgeExpectation`'s checkpoint
   * (the last quarter end before today, no later than the stream's last quarter) only to skip
   * pledges already told of it; whether one is behind, and by how much, is the function's answer.
   */
  private async pledgesBehind(ctx: RequestContext, now: string): Promise<void> {
    const today = collaborativeTodaySql('$1', 'contribution.collaborative_id');
    const quarterEnd = (date: string) =>
      `(date_trunc('quarter', ${date}) + interval '3 months' - interval '1 day')::date`;
    const checkpoint = `LEAST((date_trunc('quarter', ${today}) - interval '1 day')::date,
                              GREATEST(${quarterEnd('contribution.pledged_on')}, ${quarterEnd('stream.ends_on')}))`;
    const rows: {
      id: string;
      collaborative_id: string;
      pledged_on: string;
      pledged_cents: string;
      received_cents: string;
      written_off_cents: string;
      currency: string;
      stream_name: string;
      ends_on: string;
      funder_name: string;
      today: string;
    }[] = await ctx.em.query(
      `SELECT contribution.id, contribution.collaborative_id,
              to_char(contribution.pledged_on, 'YYYY-MM-DD') AS pledged_on,
              contribution.pledged_cents::text AS pledged_cents,
              contribution.received_cents::text AS received_cents,
              contribution.written_off_cents::text AS written_off_cents,
              contribution.pledged_currency AS currency,
              stream.name AS stream_name, to_char(stream.ends_on, 'YYYY-MM-DD') AS ends_on,
              funder.name AS funder_name, to_char(${today}, 'YYYY-MM-DD') AS today
         FROM contribution
         JOIN funding_stream stream ON stream.id = contribution.funding_stream_id
         JOIN organization funder ON funder.id = stream.funder_organization_id
        WHERE contribution.status IN ('PLEDGED', 'PARTIALLY_RECEIVED')
          AND contribution.pledged_on < date_trunc('quarter', ${today})::date
          AND NOT EXISTS (SELECT 1 FROM notification told
                           WHERE told.dedupe_key = 'pledge-behind:' || contribution.id || ':' || to_char(${checkpoint}, 'YYYY-MM-DD'))
        ORDER BY contribution.collaborative_id, contribution.id`,
      [now],
    );
    const administrators = this.perCollaborative((id) => fundAdministratorsOf(ctx, id));
    const requests: NotificationRequest[] = [];
    for (const row of rows) {
      const received = BigInt(row.received_cents);
      const expectation = pledgeExpectation(
        {
          pledgedOn: row.pledged_on,
          pledgedCents: BigInt(row.pledged_cents),
          writtenOffCents: BigInt(row.written_off_cents),
        },
        row.ends_on,
        row.today,
      );
      if (!expectation || !pledgeBehind(received, expectation)) continue;
      requests.push({
        kind: 'PLEDGE_BEHIND',
        collaborativeId: row.collaborative_id,
        recipientUserIds: await administrators(row.collaborative_id),
        about: { type: 'Contribution', id: row.id },
        link: fundLinks.contributions(row.collaborative_id),
        figures: {
          contributorName: row.funder_name,
          streamName: row.stream_name,
          expectedCents: expectation.expectedCents.toString(),
          receivedCents: received.toString(),
          currency: row.currency,
          asOf: expectation.asOf,
        },
        dedupeKey: `pledge-behind:${row.id}:${expectation.asOf}`,
      });
    }
    await this.notifier.notifyMany(ctx, requests);
  }

  /**
   * Restricted money must be spent on its purposes before the stream ends, or it goes back to the
   * funder: what is still uncommitted (pledged, net of write-offs, not yet committed to a grant)
   * is called out once, 60 days before the end.
   */
  private async streamsEnding(ctx: RequestContext, now: string): Promise<void> {
    const today = collaborativeTodaySql('$1', 'stream.collaborative_id');
    const endsOn = `to_char(stream.ends_on, 'YYYY-MM-DD')`;
    const rows: {
      id: string;
      collaborative_id: string;
      name: string;
      ends_on: string;
      currency: string;
      uncommitted_cents: string;
      today: string;
    }[] = await ctx.em.query(
      `SELECT stream.id, stream.collaborative_id, stream.name, stream.award_currency AS currency,
              ${endsOn} AS ends_on, to_char(${today}, 'YYYY-MM-DD') AS today,
              (-account.balance_cents)::text AS uncommitted_cents
         FROM funding_stream stream
         JOIN ledger_account account
           ON account.funding_stream_id = stream.id AND account.kind = 'STREAM_UNCOMMITTED'
        WHERE stream.restricted AND stream.ends_on >= ${today} AND stream.ends_on <= ${today} + $2::int
          AND account.balance_cents < 0
          AND NOT EXISTS (SELECT 1 FROM notification told
                           WHERE told.dedupe_key = 'stream-ending:' || stream.id || ':' || ${endsOn} || ':' || $2::int)
        ORDER BY stream.collaborative_id, stream.ends_on, stream.id`,
      [now, STREAM_ENDING_DAYS],
    );
    const administrators = this.perCollaborative((id) => fundAdministratorsOf(ctx, id));
    const requests: NotificationRequest[] = [];
    for (const row of rows) {
      requests.push({
        kind: 'STREAM_ENDING',
        collaborativeId: row.collaborative_id,
        recipientUserIds: await administrators(row.collaborative_id),
        about: { type: 'FundingStream', id: row.id },
        link: fundLinks.budget(row.collaborative_id),
        figures: {
          streamName: row.name,
          endsOn: row.ends_on,
          daysLeft: daysBetween(row.today, row.ends_on),
          uncommittedCents: row.uncommitted_cents,
          currency: row.currency,
        },
        dedupeKey: `stream-ending:${row.id}:${row.ends_on}:${STREAM_ENDING_DAYS}`,
      });
    }
    await this.notifier.notifyMany(ctx, requests);
  }

  /**
   * A tranche whose planned date has come is held when a registered hold (a late report) keeps it
   * back: the partner hears why, once per set of reasons (a report late, then sent back, is news).
   * The same checks a release runs, so the message and the refusal never disagree (the reasons
   * name the key, so these are asked of every tranche due; the notifier skips those already told).
   */
  private async tranchesHeld(ctx: RequestContext, now: string): Promise<void> {
    const tranches = await ctx.em
      .getRepository(Disbursement)
      .createQueryBuilder('disbursement')
      .where(
        `disbursement.status = :scheduled AND disbursement.plannedOn <= ${collaborativeTodaySql(':now', 'disbursement.collaborative_id')}`,
        { scheduled: DisbursementStatus.SCHEDULED, now },
      )
      .orderBy('disbursement.collaborativeId')
      .addOrderBy('disbursement.id')
      .getMany();
    const grants = tranches.length
      ? await ctx.em.findBy(Grant, { id: In([...new Set(tranches.map((tranche) => tranche.grantId))]) })
      : [];
    const grantById = new Map(grants.map((grant) => [grant.id, grant]));
    const partners = new Map<string, Promise<string[]>>();
    const requests: NotificationRequest[] = [];
    for (const tranche of tranches) {
      const grant = grantById.get(tranche.grantId) as Grant;
      const holds = await this.holds.reasons(ctx, tranche, grant);
      if (!holds.length) continue;
      const figures = holds.flatMap((hold) => hold.figures);
      const signature = figures
        .map((figure) => `${figure.hold}@${figure.periodEnd}`)
        .sort()
        .join(',');
      const key = `${grant.collaborativeId}/${grant.recipientOrganizationId}`;
      if (!partners.has(key))
        partners.set(key, partnerContactsOf(ctx, grant.collaborativeId, grant.recipientOrganizationId));
      requests.push({
        kind: 'TRANCHE_HELD',
        collaborativeId: grant.collaborativeId,
        recipientUserIds: await (partners.get(key) as Promise<string[]>),
        about: { type: 'Disbursement', id: tranche.id },
        link: fundLinks.grant(grant.collaborativeId, grant.id),
        figures: {
          grantTitle: grant.title,
          amountCents: tranche.amount.cents.toString(),
          currency: tranche.amount.currency,
          reason: holds.map((hold) => hold.text).join('; '),
          plannedOn: tranche.plannedOn,
          holds: figures,
        },
        dedupeKey: `tranche-held:${tranche.id}:${signature}`,
      });
    }
    await this.notifier.notifyMany(ctx, requests);
  }

  /** One membership query per collaborative for a whole sweep. */
  private perCollaborative(read: (collaborativeId: string) => Promise<string[]>) {
    const known = new Map<string, Promise<string[]>>();
    return (collaborativeId: string): Promise<string[]> => {
      if (!known.has(collaborativeId)) known.set(collaborativeId, read(collaborativeId));
      return known.get(collaborativeId) as Promise<string[]>;
    };
  }
}
