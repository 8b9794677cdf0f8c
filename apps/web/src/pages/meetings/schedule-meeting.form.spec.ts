import { localDateTimeValue, meetingDetailsRules, scheduledInstant } from './schedule-meeting.form';

describe("a meeting's details", () => {
  it('shows a scheduled instant in the reader’s time zone and sends it back unchanged', () => {
    const local = localDateTimeValue('2026-12-14T01:30:00.000Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(scheduledInstant(local)).toBe('2026-12-14T01:30:00.000Z');
  });

  it('asks for a title and a time, and a link that starts with http(s)://', () => {
    expect(meetingDetailsRules.title?.('')).toEqual({ id: 'form.required' });
    expect(meetingDetailsRules.scheduledAt?.('')).toEqual({ id: 'form.required' });
    expect(meetingDetailsRules.remoteLink?.('meet.example.org/x')).toEqual({
      id: 'governance.form.linkInvalid',
    });
    expect(meetingDetailsRules.remoteLink?.('')).toBeNull();
  });
});
