import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../context/request-context';

/**
 * The one source of "now" for the server and its jobs. Rules that depend on time (a report is
 * late, a vote closes, a reminder is due) ask this clock, never `new Date()`, so that a test can
 * walk a collaborative through a year by moving the clock instead of sleeping.
 *
 * Moving the clock is refused unless the process was started with `BRAID_CLOCK_TRAVEL=1` (tests
 * and demos): a production server always tells the real time.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  constructor(private readonly travelAllowed = false) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's calendar date where the collaborative is (IANA time zone), as YYYY-MM-DD. */
  today(timeZone = 'UTC'): string {
    return localDate(this.now(), timeZone);
  }

  /** The date `days` after (or before, when negative) a YYYY-MM-DD date. */
  static addDays(date: string, days: number): string {
    const at = new Date(`${date}T00:00:00Z`);
    at.setUTCDate(at.getUTCDate() + days);
    return at.toISOString().slice(0, 10);
  }

  /** Tests: from now on the clock says `at` (and runs on from there). */
  travelTo(at: Date): void {
    this.assertTravel();
    this.offsetMs = at.getTime() - Date.now();
  }

  /** Tests: moves the clock forward (or back) by `ms`. */
  advance(ms: number): void {
    this.assertTravel();
    this.offsetMs += ms;
  }

  /** Tests: back to the real time. */
  reset(): void {
    this.offsetMs = 0;
  }

  private assertTravel(): void {
    if (!this.travelAllowed)
      throw new Error('This clock tells the real time (start with BRAID_CLOCK_TRAVEL=1 to move it)');
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in an IANA time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return localParts(at, timeZone).date;
}

/** The calendar date and hour (0–23) of an instant in an IANA time zone. */
export function localParts(at: Date, timeZone: string): { date: string; hour: number } {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD; hourCycle h23 keeps midnight at 0, not 24.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']) };
}

/**
 * "Today" where a collaborative is, in SQL, for statements that span many collaboratives (reminder
 * sweeps, lists): the Clock's instant (`nowSql`, a parameter holding `clock.now()`, so tests that
 * move the clock move it too) read in the collaborative's own time zone, never PostgreSQL's
 * `current_date` (the session's zone). `collaborativeIdSql` names the row's collaborative.
 * The one rule: a due date is passed when the collaborative's own calendar has moved past it.
 */
export function collaborativeTodaySql(nowSql: string, collaborativeIdSql: string): string {
  return `(CAST(${nowSql} AS timestamptz) AT TIME ZONE (SELECT tz.time_zone FROM collaborative tz WHERE tz.id = ${collaborativeIdSql}))::date`;
}

/**
 * A collaborative's IANA time zone, for rules in TypeScript that need its "today"
 * (`clock.today(await collaborativeTimeZone(ctx, id))`); batched per request, so a page of
 * records asks once.
 */
export function collaborativeTimeZone(ctx: RequestContext, collaborativeId: string): Promise<string> {
  return ctx
    .loader<string, string>('collaborative.timeZone', async (ids) => {
      const rows: { id: string; time_zone: string }[] = await ctx.em.query(
        `SELECT id, time_zone FROM collaborative WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const zones = new Map(rows.map((row) => [row.id, row.time_zone]));
      return ids.map((id) => zones.get(id) ?? new Error(`No collaborative ${id}`));
    })
    .load(collaborativeId);
}

/** Whether a name is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
