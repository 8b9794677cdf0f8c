import type { DisbursementHoldFigure } from '@braid/contracts';
import { figuresOf, problemOf } from '../../../graphql/problem';
import type { MoneyValue } from '../../../i18n/format';

/** What the grant still has to receive once this tranche is paid, to the cent. */
export function remainingAfter(grantRemaining: MoneyValue, amount: MoneyValue): MoneyValue {
  return {
    cents: (BigInt(grantRemaining.cents) - BigInt(amount.cents)).toString(),
    currency: grantRemaining.currency,
  };
}

/** Today as a calendar day ("YYYY-MM-DD") where the reader is. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * How many days before its planned date a tranche would be released today (0 or less: on time).
 * Calendar days, counted at UTC so a daylight-saving change cannot make a day of 23 hours.
 */
export function daysEarly(plannedOn: string, today: string): number {
  const day = (value: string) => {
    const [year, month, date] = value.split('-').map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((day(plannedOn) - day(today)) / 86_400_000);
}

/**
 * One key per intended release, so a retried click (or a lost answer) cannot pay twice. Built from
 * getRandomValues, which unlike randomUUID also exists on a plain-http intranet address.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `release-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The holds named by the API when it refused a release because of them (a late or sent-back
 * report), or null for any other refusal. Read from the reason and its figures, through problemOf.
 */
export function holdsOf(error: unknown): DisbursementHoldFigure[] | null {
  return figuresOf(problemOf(error), 'DISBURSEMENT_ON_HOLD')?.holds ?? null;
}

/** A hold as the release preview reads it, in the shape a refused release names it. */
export function holdFigure(hold: {
  hold: DisbursementHoldFigure['hold'];
  periodStart: string;
  periodEnd: string;
  dueOn: string | null;
}): DisbursementHoldFigure {
  return hold.hold === 'REPORT_LATE'
    ? { hold: 'REPORT_LATE', periodStart: hold.periodStart, periodEnd: hold.periodEnd, dueOn: hold.dueOn ?? '' }
    : { hold: 'REPORT_CHANGES_REQUESTED', periodStart: hold.periodStart, periodEnd: hold.periodEnd };
}
