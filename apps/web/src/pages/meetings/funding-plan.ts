import { decimalStringToCents } from '@braid/contracts';

const DAY = 24 * 3600 * 1000;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a person typed as dollars, in cents; null when it is not an amount (or not above zero). */
export function dollarsToCents(input: string): bigint | null {
  try {
    const cents = decimalStringToCents(input.trim());
    return cents > 0n ? cents : null;
  } catch {
    return null;
  }
}

/**
 * A FUNDING motion's schedule of payments: the amount in `count` equal tranches (the cents that do
 * not divide go to the last, so they add up exactly, as the API requires), the first on the
 * period's first day and the others spaced evenly through the period, in date order.
 */
export function equalTranches(
  amountCents: bigint,
  count: number,
  periodStart: string,
  periodEnd: string,
): { cents: string; plannedOn: string }[] {
  if (count < 1 || !LOCAL_DATE.test(periodStart) || !LOCAL_DATE.test(periodEnd)) return [];
  const start = Date.parse(`${periodStart}T00:00:00Z`);
  const end = Date.parse(`${periodEnd}T00:00:00Z`);
  if (!(end >= start)) return [];
  const share = amountCents / BigInt(count);
  const stepDays = Math.floor((end - start) / DAY / count);
  return Array.from({ length: count }, (_, index) => ({
    cents: (index === count - 1 ? amountCents - share * BigInt(count - 1) : share).toString(),
    plannedOn: new Date(start + index * stepDays * DAY).toISOString().slice(0, 10),
  }));
}
