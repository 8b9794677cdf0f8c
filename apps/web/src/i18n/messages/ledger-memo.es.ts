import type { ledgerMemoEn } from './ledger-memo.en';

/** Spanish memos of the ledger: exactly the ids of ledger-memo.en.ts (the typecheck fails otherwise). */
export const ledgerMemoEs: Record<keyof typeof ledgerMemoEn, string> = {
  'ledgerMemo.GRANT_COMMITMENT': 'Comprometido para «{grant}» por la moción «{motion}»',
  'ledgerMemo.GRANT_COMMITMENT.noMotion': 'Comprometido para «{grant}»',
  'ledgerMemo.TRANCHE_RELEASE': 'Desembolso {number} de «{grant}»',
};
