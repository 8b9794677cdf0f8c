/** English memos of the ledger, for the ones Braid writes itself (ids start with 'ledgerMemo.'); merged into en.ts. */
export const ledgerMemoEn = {
  'ledgerMemo.GRANT_COMMITMENT': 'Committed to “{grant}” by the motion “{motion}”',
  'ledgerMemo.GRANT_COMMITMENT.noMotion': 'Committed to “{grant}”',
  'ledgerMemo.TRANCHE_RELEASE': 'Tranche {number} of “{grant}”',
} as const;
