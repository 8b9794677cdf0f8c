/* The checks a calendar app makes of an iCalendar text, shared by the feed and the emails' invitations. */
export type Properties = Map<string, string>;

/**
 * What a calendar app needs of the text (RFC 5545): CRLF line ends only, no line over 75 octets
 * (longer ones folded), one VCALENDAR, and every VEVENT with a UID, a DTSTAMP and a DTSTART.
 * Returns each event's properties (name without parameters → unfolded value).
 */
export function parseCalendar(text: string): Properties[] {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
  expect(lines.filter((line) => line === 'BEGIN:VCALENDAR')).toHaveLength(1);
  expect(lines).toContain('VERSION:2.0');
  expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
  const events: Properties[] = [];
  let current: Properties | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      events.push(current as Properties);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).split(';')[0], line.slice(colon + 1));
      // DTSTART;VALUE=DATE keeps its parameter visible to the all-day checks.
      if (line.startsWith('DTSTART;')) current.set('DTSTART;', line.slice('DTSTART;'.length));
    }
  }
  for (const event of events) {
    expect(event.get('UID')).toBeTruthy();
    expect(event.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(event.get('DTSTART')).toBeTruthy();
  }
  return events;
}
