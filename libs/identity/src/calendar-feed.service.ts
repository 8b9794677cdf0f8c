import {
  AuditService,
  calendarText,
  CalendarSources,
  Clock,
  ConflictError,
  NotFoundError,
  Principal,
  PublicLinks,
  RequestContext,
  RequestContextService,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { CalendarFeed } from './calendar-feed.entity';
import { hashToken, newToken } from './session.service';

/** How far back a feed reaches: last quarter's meetings and due dates, and everything to come. */
export const CALENDAR_FEED_PAST_DAYS = 90;

export class CalendarFeedExists extends ConflictError<'RECORD_EXISTS'> {
  constructor() {
    super('RECORD_EXISTS', 'You already have a calendar feed: regenerate it to get a new address.');
  }
}

/** A feed just made: its address, shown this once (only its hash is kept). */
export interface IssuedCalendarFeed {
  feed: CalendarFeed;
  url: string;
}

interface FeedOwnerRow {
  user_id: string;
  email: string;
  display_name: string;
  preferred_language: string;
}

/**
 * Calendar feeds belong to identity: the feed token is a personal credential like a session's,
 * stored the same way (SHA-256 only), revoked the same way, and it stands for the person when a
 * calendar app (which carries no cookie) asks. What goes into the feed is none of identity's
 * business: each domain registers a CalendarSource with the kernel, and reads as the person.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly links: PublicLinks,
    private readonly sources: CalendarSources,
    private readonly contexts: RequestContextService,
  ) {}

  mine(ctx: RequestContext): Promise<CalendarFeed | null> {
    return ctx.em.findOne(CalendarFeed, { where: { userId: ctx.userId } });
  }

  async create(ctx: RequestContext): Promise<IssuedCalendarFeed> {
    if (await this.lockMine(ctx)) throw new CalendarFeedExists();
    const token = newToken();
    const feed = await ctx.em.save(
      ctx.em.create(CalendarFeed, {
        userId: ctx.userId,
        tokenHash: hashToken(token),
        issuedAt: this.clock.now(),
      }),
    );
    await this.audit.record(ctx, {
      action: 'calendarFeed.created',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      after: { issuedAt: feed.issuedAt },
    });
    return { feed, url: this.urlOf(token) };
  }

  /** A new address; the old one answers 404 from now on. */
  async regenerate(ctx: RequestContext): Promise<IssuedCalendarFeed> {
    const feed = await this.lockMine(ctx);
    if (!feed) throw new NotFoundError('CalendarFeed');
    const before = { issuedAt: feed.issuedAt };
    const token = newToken();
    feed.tokenHash = hashToken(token);
    feed.issuedAt = this.clock.now();
    await ctx.em.save(feed);
    await this.audit.record(ctx, {
      action: 'calendarFeed.regenerated',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      before,
      after: { issuedAt: feed.issuedAt },
    });
    return { feed, url: this.urlOf(token) };
  }

  async revoke(ctx: RequestContext): Promise<boolean> {
    const feed = await this.lockMine(ctx);
    if (!feed) throw new NotFoundError('CalendarFeed');
    await ctx.em.delete(CalendarFeed, { userId: ctx.userId });
    await this.audit.record(ctx, {
      action: 'calendarFeed.revoked',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      before: { issuedAt: feed.issuedAt },
    });
    return true;
  }

  /**
   * The calendar behind a feed token, or null when no live feed has it (unknown, revoked,
   * regenerated since, or its person disabled). Built as that person, with exactly their ability,
   * in one read-only snapshot: each source filters by the person's access rules in its SQL.
   */
  async calendarFor(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    return this.contexts.transaction(async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      const rows: FeedOwnerRow[] = await em.query(
        `SELECT u.id AS user_id, u.email, u.display_name, u.preferred_language
           FROM calendar_feed f JOIN user_account u ON u.id = f.user_id
          WHERE f.token_hash = $1 AND u.disabled_at IS NULL`,
        [hashToken(token)],
      );
      const row = rows[0];
      if (!row) return null;
      const principal: Principal = {
        userId: row.user_id,
        email: row.email,
        displayName: row.display_name,
        preferredLanguage: row.preferred_language,
        sessionId: null,
        memberships: [],
      };
      const ctx = await this.contexts.contextFor(principal, em);
      const now = this.clock.now();
      const since = new Date(now.getTime() - CALENDAR_FEED_PAST_DAYS * 24 * 3600 * 1000);
      const events = await this.sources.eventsFor(ctx, {
        now,
        since,
        sinceDate: since.toISOString().slice(0, 10),
      });
      return calendarText(events, 'Braid');
    });
  }

  private lockMine(ctx: RequestContext): Promise<CalendarFeed | null> {
    return ctx.em.findOne(CalendarFeed, {
      where: { userId: ctx.userId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private urlOf(token: string): string {
    return `${this.links.base}/api/calendar/${token}.ics`;
  }
}
