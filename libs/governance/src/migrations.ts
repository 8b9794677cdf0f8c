import { AgendaItem } from './meetings/agenda-item.entity';
import { Attendance } from './meetings/attendance.entity';
import { Meeting } from './meetings/meeting.entity';
import { Minutes } from './minutes/minutes.entity';
import { Ballot } from './motions/ballots/ballot.entity';
import { ConflictDeclaration } from './motions/ballots/conflict-declaration.entity';
import { SecretBallotBox } from './motions/ballots/secret-ballot-box.entity';
import { FundingProposal } from './motions/funding-proposal.entity';
import { Motion } from './motions/motion.entity';
import { NameTheWorkgroupAFundingProposalServes1795432615349 } from './migrations/1795432615349-NameTheWorkgroupAFundingProposalServes';
import { CreateGovernance1795429972050 } from './migrations/1795429972050-CreateGovernance';
import { Tally } from './motions/tally/tally.entity';
import { VotingRules } from './voting-rules/voting-rules.entity';
import { ActionItem } from './workgroups/action-item.entity';
import { ActionUpdate } from './workgroups/action-update.entity';
import { WorkgroupMember } from './workgroups/workgroup-member.entity';
import { Workgroup } from './workgroups/workgroup.entity';
import { NotifyWorkgroupMemberChanges1795450000003 } from './migrations/1795450000003-NotifyWorkgroupMemberChanges';
import { NumberMotionsInTheOrderTheyWereMoved1796000000006 } from './migrations/1796000000006-NumberMotionsInTheOrderTheyWereMoved';
import { CapProposedAmountsAtOneBillionDollars1796600000002 } from './migrations/1796600000002-CapProposedAmountsAtOneBillionDollars';
import { RecordWhetherAFundingMotionsGrantWasMade1796600000004 } from './migrations/1796600000004-RecordWhetherAFundingMotionsGrantWasMade';

export const governanceEntities = [
  Workgroup,
  WorkgroupMember,
  ActionItem,
  ActionUpdate,
  Meeting,
  AgendaItem,
  Attendance,
  Minutes,
  VotingRules,
  Motion,
  FundingProposal,
  Ballot,
  SecretBallotBox,
  ConflictDeclaration,
  Tally,
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const governanceMigrations: Function[] = [
  CreateGovernance1795429972050,
  NameTheWorkgroupAFundingProposalServes1795432615349,
  NotifyWorkgroupMemberChanges1795450000003,
  NumberMotionsInTheOrderTheyWereMoved1796000000006,
  CapProposedAmountsAtOneBillionDollars1796600000002,
  RecordWhetherAFundingMotionsGrantWasMade1796600000004,
];
