import type { MeetingStatus } from '../../graphql/generated/graphql';

interface Dated {
  status: MeetingStatus;
  scheduledAt: string;
}

/** Midnight at the start of `now`'s day, in the reader's time zone: today's meeting is still upcoming at 8 pm. */
function startOfDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/**
 * Meetings under way first, then those scheduled from today on, soonest first. The API pages
 * meetings by id, so the order people expect is made here.
 */
export function upcomingMeetings<M extends Dated>(meetings: readonly M[], now: Date): M[] {
  const today = startOfDay(now);
  return meetings
    .filter(
      (meeting) =>
        meeting.status === 'IN_PROGRESS' ||
        (meeting.status === 'SCHEDULED' && Date.parse(meeting.scheduledAt) >= today),
    )
    .sort(
      (a, b) =>
        Number(b.status === 'IN_PROGRESS') - Number(a.status === 'IN_PROGRESS') ||
        Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt),
    );
}

/** Everything else (held, cancelled, or scheduled in the past and never started), latest first. */
export function pastMeetings<M extends Dated>(meetings: readonly M[], now: Date): M[] {
  const upcoming = new Set(upcomingMeetings(meetings, now));
  return meetings
    .filter((meeting) => !upcoming.has(meeting))
    .sort((a, b) => Date.parse(b.scheduledAt) - Date.parse(a.scheduledAt));
}
