import type { MessageValues } from '../../i18n/use-t';
import type { MessageId } from '../../i18n/messages';

/** The part of a ledger transaction its memo is said from (the API's LedgerMemo, when Braid wrote it). */
export interface MemoOfTransaction {
  memo: string;
  memoParts?: {
    kind: 'GRANT_COMMITMENT' | 'TRANCHE_RELEASE';
    grantTitle: string;
    motionTitle?: string | null;
    trancheNumber?: number | null;
  } | null;
}

/**
 * A transaction's memo in the reader's language: the memos Braid writes itself (a commitment, a
 * release) are said from their names, so no id or English reaches a Spanish reader; a memo a
 * person wrote (a reason, a note) is shown as they wrote it.
 */
export function ledgerMemo(
  t: (id: MessageId, values?: MessageValues) => string,
  transaction: MemoOfTransaction,
): string {
  const parts = transaction.memoParts;
  if (!parts) return transaction.memo;
  if (parts.kind === 'TRANCHE_RELEASE' && parts.trancheNumber != null)
    return t('ledgerMemo.TRANCHE_RELEASE', { number: parts.trancheNumber, grant: parts.grantTitle });
  if (parts.kind === 'GRANT_COMMITMENT')
    return parts.motionTitle
      ? t('ledgerMemo.GRANT_COMMITMENT', { grant: parts.grantTitle, motion: parts.motionTitle })
      : t('ledgerMemo.GRANT_COMMITMENT.noMotion', { grant: parts.grantTitle });
  return transaction.memo;
}
