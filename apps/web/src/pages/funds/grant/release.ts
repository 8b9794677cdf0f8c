import type { DisbursementHoldFigure } from '@braid/contracts';
import { figuresOf, problemOf } from '../../../graphql/problem';
import type { MoneyValue } from '../../../i18n/format';

export interface ReleasePreview {
  /** The fund's cash on hand once this tranche is paid out. */
  fundCashAfter: MoneyValue | null;
  /** What the grant still has to receive afterwards. */
  grantRemainingAfter: MoneyValue;
  /**
   * Whether the grant's own streams hold enough cash for the tranche, as far as this reader can
   * see them (null when they cannot: the API decides either way).
   */
  streamsCover: boolean | null;
}

/**
 * What a release would leave, for the confirmation dialog: a preview with exact cents. The API
 * takes the locks and has the last word (a hold, or another release first, may refuse it).
 */
export function previewRelease(input: {
  amount: MoneyValue;
  fundCash: MoneyValue | null;
  grantRemaining: MoneyValue;
  /** Cash on hand of each stream the grant draws on; null for a stream the reader cannot see. */
  streamCash: readonly (MoneyValue | null)[];
}): ReleasePreview {
  const amount = BigInt(input.amount.cents);
  const minus = (value: MoneyValue): MoneyValue => ({
    cents: (BigInt(value.cents) - amount).toString(),
    currency: value.currency,
  });
  const visible = input.streamCash.every((cash) => cash !== null);
  const cash = input.streamCash.reduce((sum, value) => sum + BigInt(value?.cents ?? '0'), 0n);
  return {
    fundCashAfter: input.fundCash ? minus(input.fundCash) : null,
    grantRemainingAfter: minus(input.grantRemaining),
    streamsCover: visible && input.streamCash.length > 0 ? cash >= amount : null,
  };
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
