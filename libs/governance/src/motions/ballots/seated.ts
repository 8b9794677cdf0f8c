import { AttendanceStatus } from '@braid/contracts';

/**
 * Where a seat's attendance lets its holder vote (present in the room or remotely), and where it
 * lets its alternate vote instead (the holder absent, the alternate sitting). One rule, read by
 * the ballot service before a cast and by My work to say whose vote is needed now.
 */
export const HOLDER_SEATED: readonly AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.REMOTE];
export const ALTERNATE_SEATED: readonly AttendanceStatus[] = [AttendanceStatus.ALTERNATE_PRESENT];

export function seatedToVote(status: AttendanceStatus | null | undefined, byAlternate: boolean): boolean {
  if (!status) return false;
  return (byAlternate ? ALTERNATE_SEATED : HOLDER_SEATED).includes(status);
}
