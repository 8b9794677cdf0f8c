import { ContributionReceipt } from './contributions/contribution-receipt.entity';
import { Contribution } from './contributions/contribution.entity';
import { DisbursementTransition } from './disbursements/disbursement-transition.entity';
import { Disbursement } from './disbursements/disbursement.entity';
import { GrantAllocation } from './grants/grant-allocation.entity';
import { Grant } from './grants/grant.entity';
import { LedgerAccount } from './ledger/ledger-account.entity';
import { LedgerEntry } from './ledger/ledger-entry.entity';
import { LedgerTransaction } from './ledger/ledger-transaction.entity';
import { FundingStream } from './streams/funding-stream.entity';

import { CreateWellnessFund1795429926516 } from './migrations/1795429926516-CreateWellnessFund';
import { LinkGrantsToApprovingMotions1795431966033 } from './migrations/1795431966033-LinkGrantsToApprovingMotions';
import { IndexGrantPagesInKeysetOrder1795437640397 } from './migrations/1795437640397-IndexGrantPagesInKeysetOrder';
import { LeaveRoomForBalanceUpdates1795460000000 } from './migrations/1795460000000-LeaveRoomForBalanceUpdates';
import { CapFundAmountsAtOneBillionDollars1796600000001 } from './migrations/1796600000001-CapFundAmountsAtOneBillionDollars';

export const fundsEntities = [
  FundingStream,
  Contribution,
  ContributionReceipt,
  LedgerAccount,
  LedgerTransaction,
  LedgerEntry,
  Grant,
  GrantAllocation,
  Disbursement,
  DisbursementTransition,
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const fundsMigrations: Function[] = [
  CreateWellnessFund1795429926516,
  LinkGrantsToApprovingMotions1795431966033,
  IndexGrantPagesInKeysetOrder1795437640397,
  LeaveRoomForBalanceUpdates1795460000000,
  CapFundAmountsAtOneBillionDollars1796600000001,
];
