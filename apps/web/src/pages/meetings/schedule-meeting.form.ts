import { all, maxLength, required, type Rule } from '../../forms/rules';

/** What a meeting's scheduler sets, and may change while the meeting can still change. */
export interface MeetingDetailsValues {
  title: string;
  /** A datetime-local value ("2026-12-14T17:30"), in the reader's time zone. */
  scheduledAt: string;
  location: string;
  remoteLink: string;
}

/** The details' fields, as the API names them in its BAD_USER_INPUT answers. */
export const MEETING_DETAIL_FIELDS = ['title', 'scheduledAt', 'location', 'remoteLink'] as const;

export interface ScheduleMeetingValues extends MeetingDetailsValues {
  /** '' for the leadership team. */
  workgroupId: string;
}

export interface EditMeetingValues extends MeetingDetailsValues {
  /** '' for nobody. */
  noteTakerUserId: string;
}

const link: Rule<string> = (value) =>
  value.trim() === '' || /^https?:\/\/\S+$/.test(value.trim()) ? null : { id: 'governance.form.linkInvalid' };

const when: Rule<string> = (value) =>
  required(value) ?? (Number.isNaN(new Date(value).getTime()) ? { id: 'governance.form.dateInvalid' } : null);

/** ScheduleMeetingInput's and UpdateMeetingInput's limits (libs/governance/src/meetings/dto/meeting.inputs.ts). */
export const meetingDetailsRules: { [K in keyof MeetingDetailsValues]?: Rule<MeetingDetailsValues[K]> } = {
  title: all(required, maxLength(200)),
  scheduledAt: when,
  location: maxLength(500),
  remoteLink: all(maxLength(500), link),
};

/** The instant a datetime-local value names, in the browser's time zone (where the meeting is). */
export function scheduledInstant(value: string): string {
  return new Date(value).toISOString();
}

/** An instant as a datetime-local value in the browser's time zone, to start an edit from. */
export function localDateTimeValue(instant: string): string {
  const date = new Date(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}
