export interface Counts {
  yes: number;
  no: number;
  abstain: number;
}

/**
 * The counts to show for a motion: the stored tally once closed; while open, the freshest of the
 * live update and the running counts (a named motion's), never for a secret one.
 */
export function countsToShow(motion: {
  status: string;
  secret: boolean;
  tally: Counts | null;
  runningCounts: Counts | null;
  live: { counts: Counts | null; status: string } | null;
}): Counts | null {
  if (motion.tally) return pick(motion.tally);
  if (motion.live?.counts && (motion.live.status === 'CLOSED' || !motion.secret))
    return pick(motion.live.counts);
  if (motion.secret) return null;
  return motion.runningCounts ? pick(motion.runningCounts) : null;
}

function pick({ yes, no, abstain }: Counts): Counts {
  return { yes, no, abstain };
}

/** Share of a bar for a count, in whole percent (for the visual only; the numbers are shown too). */
export function share(count: number, counts: Counts): number {
  const total = counts.yes + counts.no + counts.abstain;
  return total === 0 ? 0 : Math.round((count / total) * 100);
}
