import type { RuleFailure } from '../../../forms/rules';
import { readDollars } from '../money-input';

export interface AllocationRow {
  fundingStreamId: string;
  amount: string;
}

export interface TrancheRow {
  plannedOn: string;
  amount: string;
}

export interface GrantValues {
  approvingMotionId: string;
  title: string;
  purpose: string;
  recipientOrganizationId: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
  allocations: AllocationRow[];
  tranches: TrancheRow[];
}

/** The cents of an amount field, or null while it cannot be read (its own rule says why). */
function centsOrNull(text: string): bigint | null {
  const reading = readDollars(text);
  return reading.ok ? BigInt(reading.cents) : null;
}

function total(rows: readonly { amount: string }[]): bigint | null {
  let sum = 0n;
  for (const row of rows) {
    const cents = centsOrNull(row.amount);
    if (cents === null) return null;
    sum += cents;
  }
  return sum;
}

/**
 * What the API would refuse about the schedule as a whole, said before sending: the streams and
 * the tranches must each add up to the amount, and the tranches fall in order within the period.
 * (Each row's own fields have their own rules.) The API checks all of it again.
 */
export function scheduleProblems(values: GrantValues): {
  allocations: RuleFailure | null;
  tranches: RuleFailure | null;
} {
  const amount = centsOrNull(values.amount);
  const allocated = total(values.allocations);
  const scheduled = total(values.tranches);
  let allocations: RuleFailure | null = null;
  let tranches: RuleFailure | null = null;
  if (values.allocations.length === 0) allocations = { id: 'funds.grantForm.needAllocation' };
  else if (amount !== null && allocated !== null && allocated !== amount)
    allocations = { id: 'funds.grantForm.allocationsSum' };
  else if (new Set(values.allocations.map((row) => row.fundingStreamId)).size < values.allocations.length)
    allocations = { id: 'funds.grantForm.streamTwice' };

  if (values.tranches.length === 0) tranches = { id: 'funds.grantForm.needTranche' };
  else if (amount !== null && scheduled !== null && scheduled !== amount)
    tranches = { id: 'funds.grantForm.tranchesSum' };
  else {
    const dates = values.tranches.map((row) => row.plannedOn);
    const inOrder = dates.every((date, i) => i === 0 || (dates[i - 1] ?? '') <= date);
    const inPeriod = dates.every(
      (date) =>
        date === '' ||
        ((!values.periodStart || date >= values.periodStart) &&
          (!values.periodEnd || date <= values.periodEnd)),
    );
    if (!inOrder) tranches = { id: 'funds.grantForm.tranchesOrder' };
    else if (!inPeriod) tranches = { id: 'funds.grantForm.tranchesPeriod' };
  }
  return { allocations, tranches };
}

/** Splits an amount into tranches of equal cents, the odd cents going to the last one. */
export function splitEvenly(cents: string, count: number): string[] {
  const whole = BigInt(cents);
  const n = BigInt(Math.max(1, Math.floor(count)));
  const share = whole / n;
  const shares = Array.from({ length: Number(n) }, () => share);
  shares[shares.length - 1] = whole - share * (n - 1n);
  return shares.map(String);
}
