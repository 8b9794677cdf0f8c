import { AttendanceStatus } from '@braid/contracts';
import { Seat } from '@braid/collaboratives';
import { RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { VotingSeat } from '../voting-rules/rules';
import { seatServesOn } from './seat-term';
import { Attendance } from './attendance.entity';

/** Attendance that puts a seat in the room: its holder (in person or remote) or its alternate. */
export const SEATED: AttendanceStatus[] = [
  AttendanceStatus.PRESENT,
  AttendanceStatus.REMOTE,
  AttendanceStatus.ALTERNATE_PRESENT,
];

export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Who may count at a meeting: the filled voting seats whose term covers the meeting's date, and
 * which of them are seated. Read by the system for quorum and tallies, so not access-filtered:
 * what leaves here are counts and seat ids, which every member may read anyway.
 */
@Injectable()
export class RosterService {
  /** Batched per request for fields (a page of meetings); `fresh` reads now, for a tally. */
  async roster(ctx: RequestContext, collaborativeId: string, on: Date, fresh = false): Promise<VotingSeat[]> {
    const key = JSON.stringify([collaborativeId, isoDate(on)]);
    if (fresh) return (await this.rosters(ctx, [key]))[0];
    return ctx.loader<string, VotingSeat[]>('governance.roster', (keys) => this.rosters(ctx, keys)).load(key);
  }

  async seatedSeatIds(ctx: RequestContext, meetingId: string, fresh = false): Promise<string[]> {
    const rows = fresh
      ? (await this.seated(ctx, [meetingId]))[0]
      : await ctx
          .loader<string, Attendance[]>('governance.seated', (ids) => this.seated(ctx, ids))
          .load(meetingId);
    return rows.map((row) => row.seatId as string);
  }

  private async rosters(ctx: RequestContext, keys: readonly string[]): Promise<VotingSeat[][]> {
    const wanted = keys.map((key) => JSON.parse(key) as [string, string]);
    const seats = await ctx.em
      .getRepository(Seat)
      .createQueryBuilder('seat')
      .where('seat.collaborativeId IN (:...ids)', { ids: [...new Set(wanted.map(([id]) => id))] })
      .andWhere('seat.voting AND seat.holderUserId IS NOT NULL')
      .orderBy('seat.id')
      .getMany();
    return wanted.map(([id, date]) =>
      seats
        .filter((seat) => seat.collaborativeId === id)
        .filter((seat) => seatServesOn(seat, date))
        .map((seat) => ({ seatId: seat.id, sector: seat.sector })),
    );
  }

  private async seated(ctx: RequestContext, meetingIds: readonly string[]): Promise<Attendance[][]> {
    const all = await ctx.em
      .getRepository(Attendance)
      .createQueryBuilder('attendance')
      .where('attendance.meetingId IN (:...ids) AND attendance.seatId IS NOT NULL', { ids: meetingIds })
      .andWhere('attendance.status IN (:...seated)', { seated: SEATED })
      .getMany();
    return meetingIds.map((id) => all.filter((row) => row.meetingId === id));
  }
}
