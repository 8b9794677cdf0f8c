import { Language, MeetingStatus } from '@braid/contracts';
import { calendarText, type CalendarEvent, type PublicLinks } from '@braid/kernel';
import type { Meeting } from './meeting.entity';

/** A meeting has no planned end in Braid; calendars show it this long until it is adjourned. */
export const PLANNED_MEETING_MINUTES = 90;

/** The fields of a meeting its calendar event is made of. */
export type CalendarMeeting = Pick<
  Meeting,
  | 'id'
  | 'collaborativeId'
  | 'title'
  | 'scheduledAt'
  | 'location'
  | 'remoteLink'
  | 'status'
  | 'startedAt'
  | 'endedAt'
  | 'createdAt'
  | 'updatedAt'
>;

const WORDS = {
  [Language.EN]: { remote: 'Join remotely', agenda: 'Agenda', page: 'Meeting page' },
  [Language.ES]: { remote: 'Unirse a distancia', agenda: 'Orden del día', page: 'Página de la reunión' },
} as const;

/** The meeting's page in the web app; `#agenda` is its agenda section. */
export function meetingPath(meeting: Pick<Meeting, 'id' | 'collaborativeId'>): string {
  return `/collaboratives/${meeting.collaborativeId}/meetings/${meeting.id}`;
}

/**
 * The UID of a meeting's event: the same for the life of the meeting, so a calendar app that
 * receives it again (feed refresh, "meeting moved" email) updates the event rather than adding one.
 */
export function meetingEventUid(meetingId: string): string {
  return `meeting-${meetingId}@braid`;
}

/**
 * One meeting as an iCalendar event (for the `ics` library): the one builder behind the calendar
 * feed, the "Add to calendar" download and the invitations attached to "meeting scheduled / moved /
 * cancelled" emails.
 *
 * - UID is stable per meeting (`meetingEventUid`); SEQUENCE counts the seconds between creation
 *   and the last change and LAST-MODIFIED is that change, so every edit supersedes the copy a
 *   calendar holds (RFC 5545 §3.8.7.4: a later revision has a greater sequence).
 * - A cancelled meeting stays, with STATUS:CANCELLED: calendar apps strike it out or remove it.
 * - Times are UTC; the event lasts from the start to adjournment once the meeting is over, or
 *   PLANNED_MEETING_MINUTES before.
 * - LOCATION is the place; URL is the meeting page; DESCRIPTION carries the remote link and the
 *   agenda's address, in the reader's language.
 *
 * `links` turns the web app's paths into absolute addresses (BRAID_PUBLIC_URL).
 */
export function meetingEvent(
  meeting: CalendarMeeting,
  links: PublicLinks,
  language: string = Language.EN,
): CalendarEvent {
  const words = WORDS[language === Language.ES ? Language.ES : Language.EN];
  const page = links.to(meetingPath(meeting));
  const start = (meeting.startedAt ?? meeting.scheduledAt).getTime();
  const end =
    meeting.endedAt && meeting.endedAt.getTime() > start
      ? meeting.endedAt.getTime()
      : start + PLANNED_MEETING_MINUTES * 60_000;
  const description = [
    meeting.remoteLink ? `${words.remote}: ${meeting.remoteLink}` : null,
    `${words.agenda}: ${page}#agenda`,
  ].filter((line): line is string => line !== null);
  return {
    uid: meetingEventUid(meeting.id),
    title: meeting.title,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(meeting.location ? { location: meeting.location } : {}),
    url: page,
    description: description.join('\n'),
    status: meeting.status === MeetingStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
    sequence: Math.max(0, Math.floor((meeting.updatedAt.getTime() - meeting.createdAt.getTime()) / 1000)),
    created: meeting.createdAt.getTime(),
    lastModified: meeting.updatedAt.getTime(),
  };
}

/**
 * A whole VCALENDAR holding one meeting: the "Add to calendar" download, and the `.ics` file for
 * meeting emails (attach it as `text/calendar; method=PUBLISH`; the same UID means a later email
 * about the same meeting updates the event). Calendar apps open it as a single event to add.
 */
export function meetingCalendar(meeting: CalendarMeeting, links: PublicLinks, language?: string): string {
  return calendarText([meetingEvent(meeting, links, language)]);
}
