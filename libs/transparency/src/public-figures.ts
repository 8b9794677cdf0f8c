/**
 * Turns the ledger's signed sums (debit positive, libs/funds ledger/chart-of-accounts.ts) into the
 * positive figures people read. Pure, so the sign conventions are tested once, without a database.
 */
export interface StreamSums {
  /** STREAM_RECEIVABLE: pledged, not yet received (debit). */
  receivable: string;
  /** STREAM_CASH: received, not yet disbursed (debit). */
  cash: string;
  /** GRANT_DISBURSED: released to grants (credit, so negative). */
  disbursed: string;
}

export interface GrantSums {
  /** GRANT_COMMITTED: committed, not yet released (credit). */
  committed: string;
  /** GRANT_DISBURSED: released (credit). */
  disbursed: string;
}

export function streamFigures(sums: StreamSums): { pledged: bigint; received: bigint } {
  const disbursed = -BigInt(sums.disbursed);
  const received = BigInt(sums.cash) + disbursed;
  return { pledged: BigInt(sums.receivable) + received, received };
}

export function grantFigures(sums: GrantSums): { committed: bigint; disbursed: bigint } {
  const disbursed = -BigInt(sums.disbursed);
  // Awarded: what is still committed plus what was already released from it.
  return { committed: -BigInt(sums.committed) + disbursed, disbursed };
}
