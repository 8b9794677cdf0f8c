// The public face of the library: what the app, the tests and the domains built on this one use.
// Everything else is the domain's own; export a name here only when another library needs it
// (docs/ARCHITECTURE.md, "Between domains").
export { GOVERNANCE_RESOLVERS, GovernanceModule } from './governance.module';
export { governanceEntities, governanceMigrations } from './migrations';
export { MeetingService } from './meetings/meeting.service';
export { MinutesService } from './minutes/minutes.service';
export { BallotService } from './motions/ballots/ballot.service';
export { FundingProposalInput } from './motions/dto/motion.inputs';
export { fundingApprovalOf, motionTitlesOf } from './motions/funding-approvals';
export type { FundingApproval, NoFundingApproval } from './motions/funding-approvals';
export { FundingProposal } from './motions/funding-proposal.entity';
export { Motion } from './motions/motion.entity';
export { MotionService } from './motions/motion.service';
export { ActionItemService } from './workgroups/action-item.service';
export { WorkgroupService } from './workgroups/workgroup.service';
