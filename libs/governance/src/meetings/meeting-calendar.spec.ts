import { Language, MeetingStatus } from '@braid/contracts';
import { PublicLinks } from '@braid/kernel';
import { CalendarMeeting, meetingCalendar, meetingEvent, PLANNED_MEETING_MINUTES } from './meeting-calendar';

const links = new PublicLinks('https://braid.example.org/');
const created = new Date('2026-01-02T10:00:00Z');

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: '6f1c1f43-5c62-4a0e-9d0a-8f5b8c7b1a01',
    collaborativeId: 'c0ffee00-0000-4000-8000-000000000001',
    title: 'Leadership team, January',
    scheduledAt: new Date('2026-01-20T17:00:00Z'),
    location: 'Boggs Tract Community Center',
    remoteLink: 'https://meet.example.org/leadership',
    status: MeetingStatus.SCHEDULED,
    startedAt: null,
    endedAt: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

describe('A meeting as a calendar event', () => {
  it('names the meeting, its place, its page, and its remote link and agenda in the description', () => {
    const event = meetingEvent(meeting(), links);
    const page =
      'https://braid.example.org/collaboratives/c0ffee00-0000-4000-8000-000000000001/meetings/6f1c1f43-5c62-4a0e-9d0a-8f5b8c7b1a01';
    expect(event).toMatchObject({
      uid: 'meeting-6f1c1f43-5c62-4a0e-9d0a-8f5b8c7b1a01@braid',
      title: 'Leadership team, January',
      start: Date.parse('2026-01-20T17:00:00Z'),
      end: Date.parse('2026-01-20T17:00:00Z') + PLANNED_MEETING_MINUTES * 60_000,
      location: 'Boggs Tract Community Center',
      url: page,
      status: 'CONFIRMED',
      sequence: 0,
    });
    expect(event.description).toBe(
      `Join remotely: https://meet.example.org/leadership\nAgenda: ${page}#agenda`,
    );
  });

  it('keeps its UID across changes and gives every change a higher SEQUENCE and its LAST-MODIFIED', () => {
    const first = meetingEvent(meeting(), links);
    const moved = meetingEvent(
      meeting({ scheduledAt: new Date('2026-01-27T17:00:00Z'), updatedAt: new Date('2026-01-05T09:30:00Z') }),
      links,
    );
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence ?? 0);
    expect(moved.lastModified).toBe(Date.parse('2026-01-05T09:30:00Z'));
  });

  it('says a cancelled meeting is cancelled, and lasts from start to adjournment once held', () => {
    expect(meetingEvent(meeting({ status: MeetingStatus.CANCELLED }), links).status).toBe('CANCELLED');
    const held = meetingEvent(
      meeting({
        status: MeetingStatus.ADJOURNED,
        startedAt: new Date('2026-01-20T17:05:00Z'),
        endedAt: new Date('2026-01-20T19:40:00Z'),
      }),
      links,
    );
    expect(held).toMatchObject({
      start: Date.parse('2026-01-20T17:05:00Z'),
      end: Date.parse('2026-01-20T19:40:00Z'),
    });
  });

  it("leaves out what the meeting lacks and speaks the reader's language", () => {
    const event = meetingEvent(meeting({ location: null, remoteLink: null }), links, Language.ES);
    expect(event).not.toHaveProperty('location');
    expect(event.description).toMatch(/^Orden del día: https:\/\/braid\.example\.org\/.*#agenda$/);
  });

  it('writes a VCALENDAR of the one event, CRLF-ended and folded at 75 octets', () => {
    const text = meetingCalendar(meeting({ title: 'Reunión del equipo de liderazgo — '.repeat(4) }), links);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('UID:meeting-6f1c1f43-5c62-4a0e-9d0a-8f5b8c7b1a01@braid\r\n');
    expect(text).toContain('DTSTART:20260120T170000Z\r\n');
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });
});
