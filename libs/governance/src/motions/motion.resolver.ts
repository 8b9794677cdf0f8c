import { Seat } from '@braid/collaboratives';
import { Allow, Connection, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { loadOneByColumn } from '../access';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { Ballot } from './ballots/ballot.entity';
import { BallotService, CastBallotResult } from './ballots/ballot.service';
import { ConflictDeclaration } from './ballots/conflict-declaration.entity';
import { ConflictService } from './ballots/conflict.service';
import { CastBallotInput, CreateMotionInput, DeclareConflictInput, MotionsArgs } from './dto/motion.inputs';
import { FundingPlanProblemView, FundingProposal } from './funding-proposal.entity';
import { VoteCountsView } from './live/motion-live.service';
import { Motion } from './motion.entity';
import { MotionService } from './motion.service';
import { Tally } from './tally/tally.entity';
import { ClosingPreview, TallyCheck, TallyService } from './tally/tally.service';

@ObjectType()
export class MotionConnection extends Connection(Motion) {}

@Resolver(() => Motion)
export class MotionResolver {
  constructor(
    private readonly motionService: MotionService,
    private readonly ballotService: BallotService,
    private readonly conflictService: ConflictService,
    private readonly tallyService: TallyService,
    private readonly meetingService: MeetingService,
  ) {}

  @Query(() => MotionConnection)
  @Allow('read', 'Motion')
  motions(@Ctx() ctx: RequestContext, @Args() args: MotionsArgs) {
    return this.motionService.list(ctx, args);
  }

  @Query(() => Motion)
  @Allow('read', 'Motion')
  motion(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.motionService.get(ctx, id);
  }

  @Query(() => TallyCheck, {
    description: 'Counts a closed motion’s ballots again and compares with the stored tally.',
  })
  @Allow('read', 'Tally')
  recomputeTally(@Ctx() ctx: RequestContext, @UuidArg('motionId') motionId: string) {
    return this.tallyService.recompute(ctx, motionId);
  }

  @Mutation(() => Motion, { description: 'Moves a motion (a draft) at a leadership team meeting.' })
  @Allow('create', 'Motion')
  createMotion(@Ctx() ctx: RequestContext, @Args('input') input: CreateMotionInput) {
    return this.motionService.create(ctx, input);
  }

  @Mutation(() => Motion)
  @Allow('open', 'Motion')
  openMotion(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.motionService.open(ctx, id);
  }

  @Mutation(() => Motion, { description: 'Closes the vote; the system computes the tally and the outcome.' })
  @Allow('close', 'Motion')
  closeMotion(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.motionService.close(ctx, id);
  }

  @Mutation(() => Motion)
  @Allow('update', 'Motion')
  withdrawMotion(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.motionService.withdraw(ctx, id);
  }

  @Mutation(() => CastBallotResult, {
    description: 'Casts, or changes, the ballot of a seat you hold or sit in for.',
  })
  @Allow('vote', 'Ballot')
  castBallot(@Ctx() ctx: RequestContext, @Args('input') input: CastBallotInput) {
    return this.ballotService.cast(ctx, input);
  }

  @Mutation(() => ConflictDeclaration, { description: 'Recuses your seat from a motion, with a reason.' })
  @Allow('declare', 'ConflictDeclaration')
  declareConflict(@Ctx() ctx: RequestContext, @Args('input') input: DeclareConflictInput) {
    return this.conflictService.declare(ctx, input);
  }

  @ResolveField(() => Meeting, { nullable: true })
  meeting(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.meetingService.load(ctx, motion.meetingId);
  }

  @ResolveField(() => FundingProposal, { nullable: true })
  funding(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.motionService.funding(ctx, motion.id);
  }

  @ResolveField(() => Tally, { nullable: true, description: 'Once closed.' })
  tally(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.tallyService.forMotion(ctx, motion.id);
  }

  @ResolveField(() => ClosingPreview, {
    nullable: true,
    description: 'While the vote is open: the ballots, quorum and threshold closing it now would count.',
  })
  closingPreview(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.tallyService.preview(ctx, motion);
  }

  @ResolveField(() => [Ballot], {
    description: 'Named motions: who chose what. Secret motions: who voted, never what.',
  })
  ballots(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.ballotService.ballots(ctx, motion.id);
  }

  @ResolveField(() => VoteCountsView, {
    nullable: true,
    description: 'Running counts of an open named motion.',
  })
  runningCounts(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.ballotService.runningCounts(ctx, motion);
  }

  @ResolveField(() => [ConflictDeclaration], { description: 'Recused seats and why.' })
  conflicts(@Ctx() ctx: RequestContext, @Parent() motion: Motion) {
    return this.conflictService.forMotion(ctx, motion.id);
  }
}

@Resolver(() => Ballot)
export class BallotResolver {
  @ResolveField(() => Seat, { nullable: true })
  seat(@Ctx() ctx: RequestContext, @Parent() ballot: Ballot) {
    return loadOneByColumn(ctx, Seat, 'Seat', 'id', ballot.seatId);
  }
}

@Resolver(() => ConflictDeclaration)
export class ConflictDeclarationResolver {
  @ResolveField(() => Seat, { nullable: true })
  seat(@Ctx() ctx: RequestContext, @Parent() conflict: ConflictDeclaration) {
    return loadOneByColumn(ctx, Seat, 'Seat', 'id', conflict.seatId);
  }
}

@Resolver(() => FundingProposal)
export class FundingProposalResolver {
  constructor(private readonly motionService: MotionService) {}

  @ResolveField(() => [FundingPlanProblemView], {
    description:
      'While the motion is a draft or open: what would stop the fund from making this grant if it passed now (the checks the grant runs). Empty once decided.',
  })
  problems(@Ctx() ctx: RequestContext, @Parent() proposal: FundingProposal) {
    return this.motionService.currentPlanProblems(ctx, proposal);
  }
}
