import { all, maxLength, required, type Rule } from '../../forms/rules';

export interface ScheduleMeetingValues {
  title: string;
  /** A datetime-local value ("2026-12-14T17:30"), in the reader's time zone. */
  scheduledAt: string;
  location: string;
  remoteLink: string;
  /** '' for the leadership team. */
  workgroupId: string;
}

const link: Rule<string> = (value) =>
  value.trim() === '' || /^https?:\/\/\S+$/.test(value.trim()) ? null : { id: 'governance.form.linkInvalid' };

const when: Rule<string> = (value) =>
  required(value) ?? (Number.isNaN(new Date(value).getTime()) ? { id: 'governance.form.dateInvalid' } : null);

/** ScheduleMeetingInput's limits (libs/governance/src/meetings/dto/meeting.inputs.ts). */
export const scheduleMeetingRules: { [K in keyof ScheduleMeetingValues]?: Rule<ScheduleMeetingValues[K]> } = {
  title: all(required, maxLength(200)),
  scheduledAt: when,
  location: maxLength(500),
  remoteLink: all(maxLength(500), link),
};

/** The instant a datetime-local value names, in the browser's time zone (where the meeting is). */
export function scheduledInstant(value: string): string {
  return new Date(value).toISOString();
}
