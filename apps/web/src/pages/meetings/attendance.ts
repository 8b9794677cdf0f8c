import type { AttendanceStatus } from '../../graphql/generated/graphql';

/** One line of the attendance sheet: a seat (leadership team) or a person (workgroup). */
export interface AttendanceLine {
  key: string;
  seatId: string | null;
  userId: string | null;
  label: string;
  detail: string | null;
  /** ALTERNATE_PRESENT is offered only for a seat that has an alternate. */
  hasAlternate: boolean;
  recorded: AttendanceStatus | null;
}

/** '' while a line is not recorded: a native select's value is always a string. */
export type AttendanceChoice = AttendanceStatus | '';

/**
 * The entries to send: only lines whose choice differs from what is recorded, so saving twice
 * records nothing twice (the API keeps the latest per seat or person anyway).
 */
export function changedEntries(
  lines: readonly AttendanceLine[],
  choices: Readonly<Record<string, AttendanceChoice>>,
): { seatId: string | null; userId: string | null; status: AttendanceStatus }[] {
  return lines.flatMap((line) => {
    const choice = choices[line.key] ?? '';
    if (choice === '' || choice === line.recorded) return [];
    return [{ seatId: line.seatId, userId: line.seatId ? null : line.userId, status: choice }];
  });
}
