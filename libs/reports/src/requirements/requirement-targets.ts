/** Adds whole years to a date (Feb 29 becomes Mar 1 in a common year, as Date.UTC does). */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/** `total` split into `parts` whole numbers that add up to it, the remainder to the first ones. */
export function splitEvenly(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

/**
 * The target of each reporting period for one metric of a grant. With targets per grant year
 * ("50 in year one, 100 in years two and three"), a year's target is spread over the periods that
 * end within that year (counted from the grant's start); otherwise the grant's target is spread
 * over all periods. Whole numbers, adding up exactly to the targets given, so the roll-up's sum of
 * period targets equals the grant target. A year without any period keeps its target out
 * (nothing could report it); periods after the last year given get 0.
 */
export function periodTargets(
  periods: { periodEnd: string }[],
  grantStart: string,
  target: number,
  yearTargets: number[],
): number[] {
  if (yearTargets.length === 0) return splitEvenly(target, periods.length);
  const yearOf = (periodEnd: string) => {
    let year = 0;
    while (periodEnd >= addYears(grantStart, year + 1)) year++;
    return year;
  };
  const years = periods.map((period) => yearOf(period.periodEnd));
  const targets = new Array<number>(periods.length).fill(0);
  yearTargets.forEach((yearTarget, year) => {
    const indexes = years.flatMap((y, i) => (y === year ? [i] : []));
    splitEvenly(yearTarget, indexes.length).forEach((share, k) => (targets[indexes[k]] = share));
  });
  return targets;
}
