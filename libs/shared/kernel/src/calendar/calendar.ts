import { Inject, Injectable } from '@nestjs/common';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { Clock } from '../clock/clock';
import type { RequestContext } from '../context/request-context';

export type { EventAttributes as CalendarEvent } from 'ics';

export const PUBLIC_LINKS_BASE = Symbol('PUBLIC_LINKS_BASE');

/**
 * Absolute addresses of the web app's pages, for places a relative link means nothing: a calendar
 * app, an email. The base is BRAID_PUBLIC_URL (apps/api/src/config.ts), given to KernelModule.
 */
@Injectable()
export class PublicLinks {
  readonly base: string;

  constructor(@Inject(PUBLIC_LINKS_BASE) base: string) {
    this.base = base.replace(/\/+$/, '');
  }

  /** `path` starts with a slash: `/collaboratives/<id>/meetings/<id>`. */
  to(path: string): string {
    return `${this.base}${path}`;
  }
}

/** What a person's calendar feed covers: everything from `since` (a time) / `sinceDate` (YYYY-MM-DD) on. */
export interface CalendarWindow {
  /** The server clock's now (Clock), which tests move. */
  now: Date;
  since: Date;
  sinceDate: string;
}

/**
 * One domain's part of a person's calendar feed (meetings, report due dates, action items). It
 * reads as the person (`ctx.ability` is theirs), with the access rule in its SQL, in a bounded
 * number of statements whatever the person holds, and returns at most `CALENDAR_SOURCE_LIMIT`
 * events.
 */
export interface CalendarSource {
  /** For logs and tests: `meetings`, `report-due-dates`, ... */
  readonly name: string;
  eventsFor(ctx: RequestContext, window: CalendarWindow, links: PublicLinks): Promise<EventAttributes[]>;
}

/** The most events one source contributes: a feed stays a few hundred events, whatever the history. */
export const CALENDAR_SOURCE_LIMIT = 300;

/**
 * The calendar sources, registered by each domain in its module's onModuleInit (like
 * AuditedRecords): identity serves a person's feed without knowing what goes in it, and no domain
 * reads another's tables.
 */
@Injectable()
export class CalendarSources {
  private readonly sources: CalendarSource[] = [];

  constructor(readonly links: PublicLinks) {}

  register(...sources: CalendarSource[]): void {
    for (const source of sources) {
      if (this.sources.some((known) => known.name === source.name))
        throw new Error(`Calendar source ${source.name} is registered twice`);
      this.sources.push(source);
    }
  }

  get names(): string[] {
    return this.sources.map((source) => source.name);
  }

  /** Every source's events for the context's person, one source after another (one transaction's connection). */
  async eventsFor(ctx: RequestContext, window: CalendarWindow): Promise<EventAttributes[]> {
    const events: EventAttributes[] = [];
    for (const source of this.sources) events.push(...(await source.eventsFor(ctx, window, this.links)));
    return events;
  }
}

/**
 * The text of an iCalendar (RFC 5545) object holding `events`, by the `ics` library: CRLF line
 * ends, text escaped, lines folded at 75 octets. An event the library refuses is a bug of ours,
 * hence thrown rather than dropped.
 */
export function calendarText(events: EventAttributes[], name?: string, method = 'PUBLISH'): string {
  const { error, value } = createEvents(events, {
    productId: CALENDAR_PRODUCT_ID,
    method,
    ...(name ? { calName: name } : {}),
  });
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return foldOctets(value);
}

/**
 * `ics` folds at 75 characters, but RFC 5545 §3.1 counts octets: a Spanish or Vietnamese title
 * made lines of 80-odd octets, which strict parsers refuse. Unfold, then fold again at 75 octets
 * (continuations start with a space), never inside a character's UTF-8 sequence.
 */
export function foldOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      if (Buffer.byteLength(line, 'utf8') <= 75) return line;
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const character of line) {
        const size = Buffer.byteLength(character, 'utf8');
        // The first line holds 75 octets; the others 74 after their leading space.
        if (octets + size > (parts.length ? 74 : 75)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

export const CALENDAR_PRODUCT_ID = '-//Braid//Braid calendar//EN';

/**
 * An all-day event on a YYYY-MM-DD date (a due date): DTSTART;VALUE=DATE and the next day as the
 * exclusive DTEND, so every calendar app shows it on that day whatever its time zone.
 */
export function allDay(date: string): { start: DateArray; end: DateArray } {
  return { start: dateArray(date), end: dateArray(Clock.addDays(date, 1)) };
}

function dateArray(date: string): DateArray {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}
