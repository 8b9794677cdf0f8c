/**
 * The Wellness Fund's chart of accounts. Amounts are signed cents, debit positive, credit
 * negative; every LedgerTransaction sums to zero per currency. The fund is the collaborative: it
 * has no account of its own, its totals are the sum over its streams, so they cannot disagree.
 *
 * Per funding stream S:
 *   STREAM_RECEIVABLE(S)    debit   pledged, not yet received (never negative: no over-receipt)
 *   STREAM_CASH(S)          debit   received, not yet disbursed (never negative: no overdraft)
 *   STREAM_UNCOMMITTED(S)   credit  pledged (net of write-offs), not yet committed to a grant:
 *                                   what new grants may still be awarded from S (never negative)
 * Per grant g and stream S it draws on:
 *   GRANT_COMMITTED(g,S)    credit  committed to g from S, not yet released (never negative)
 *   GRANT_DISBURSED(g,S)    credit  released to g from S, cumulative
 * Per recipient organization o and stream S:
 *   ORGANIZATION_RECEIVED(o,S) debit released to o from S, cumulative ("where the money went")
 *
 * Postings (source → legs):
 *   pledge P                RECEIVABLE +P, UNCOMMITTED −P
 *   receipt R               CASH +R, RECEIVABLE −R
 *   write-off W             UNCOMMITTED +W, RECEIVABLE −W       (only what is not committed)
 *   commitment C            UNCOMMITTED +C, COMMITTED −C
 *   release D               COMMITTED +D, DISBURSED −D, CASH −D, ORGANIZATION_RECEIVED +D
 *   cancelled tranche X     COMMITTED +X, UNCOMMITTED −X
 *   reversal                the original legs negated
 *
 * Commitments may be made against pledged money that has not arrived yet (multi-year grants are
 * awarded from multi-year pledges), but a release needs cash: it can never exceed what was
 * received on the stream minus what was already released. Database checks on each account's
 * maintained balance refuse any posting that would break the signs above.
 */
export enum LedgerAccountKind {
  STREAM_RECEIVABLE = 'STREAM_RECEIVABLE',
  STREAM_CASH = 'STREAM_CASH',
  STREAM_UNCOMMITTED = 'STREAM_UNCOMMITTED',
  GRANT_COMMITTED = 'GRANT_COMMITTED',
  GRANT_DISBURSED = 'GRANT_DISBURSED',
  ORGANIZATION_RECEIVED = 'ORGANIZATION_RECEIVED',
}

/** Where a ledger transaction came from: every posting names its source record. */
export enum LedgerSource {
  CONTRIBUTION_PLEDGE = 'CONTRIBUTION_PLEDGE',
  CONTRIBUTION_RECEIPT = 'CONTRIBUTION_RECEIPT',
  CONTRIBUTION_WRITE_OFF = 'CONTRIBUTION_WRITE_OFF',
  GRANT_COMMITMENT = 'GRANT_COMMITMENT',
  DISBURSEMENT_RELEASE = 'DISBURSEMENT_RELEASE',
  DISBURSEMENT_CANCELLATION = 'DISBURSEMENT_CANCELLATION',
  REVERSAL = 'REVERSAL',
}

/** Which side of zero a balance lives on; a database check enforces it per kind. */
export const NORMAL_SIDE: Record<LedgerAccountKind, 'debit' | 'credit'> = {
  [LedgerAccountKind.STREAM_RECEIVABLE]: 'debit',
  [LedgerAccountKind.STREAM_CASH]: 'debit',
  [LedgerAccountKind.STREAM_UNCOMMITTED]: 'credit',
  [LedgerAccountKind.GRANT_COMMITTED]: 'credit',
  [LedgerAccountKind.GRANT_DISBURSED]: 'credit',
  [LedgerAccountKind.ORGANIZATION_RECEIVED]: 'debit',
};

export interface AccountRef {
  kind: LedgerAccountKind;
  fundingStreamId: string;
  grantId?: string | null;
  organizationId?: string | null;
}

/** The natural key of an account in its collaborative: one account per kind and scope. */
export function accountKey(ref: AccountRef): string {
  return [ref.kind, ref.fundingStreamId, ref.grantId ?? '-', ref.organizationId ?? '-'].join('/');
}

export const streamAccount = (kind: LedgerAccountKind, fundingStreamId: string): AccountRef => ({
  kind,
  fundingStreamId,
});

export const grantAccount = (
  kind: LedgerAccountKind.GRANT_COMMITTED | LedgerAccountKind.GRANT_DISBURSED,
  grantId: string,
  fundingStreamId: string,
): AccountRef => ({ kind, fundingStreamId, grantId });

export const organizationAccount = (organizationId: string, fundingStreamId: string): AccountRef => ({
  kind: LedgerAccountKind.ORGANIZATION_RECEIVED,
  fundingStreamId,
  organizationId,
});

/** A balance as people read it: positive on the account's normal side. */
export function normalBalance(kind: LedgerAccountKind, signedCents: bigint): bigint {
  return NORMAL_SIDE[kind] === 'debit' ? signedCents : -signedCents;
}
