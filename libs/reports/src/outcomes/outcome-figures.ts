/**
 * Percent achieved, one decimal, from whole or two-decimal figures; null when there is no target
 * (a metric counted without one), so "0 of 0" never reads as 100 % or as a division by zero.
 */
export function percentAchieved(actual: number, target: number): number | null {
  if (!(target > 0)) return null;
  return Math.round((actual / target) * 1000) / 10;
}

export function figures(target: number | string, actual: number | string) {
  const t = Number(target);
  const a = Number(actual);
  return { target: t, actual: a, percentAchieved: percentAchieved(a, t) };
}
