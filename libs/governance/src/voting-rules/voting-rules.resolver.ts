import { Allow, Ctx, RequestContext } from '@braid/kernel';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CollaborativeGovernanceArgs } from '../workgroups/dto/workgroup.inputs';
import { UpdateVotingRulesInput } from './dto/voting-rules.inputs';
import { VotingRules } from './voting-rules.entity';
import { VotingRulesService } from './voting-rules.service';

@Resolver(() => VotingRules)
export class VotingRulesResolver {
  constructor(private readonly votingRulesService: VotingRulesService) {}

  @Query(() => VotingRules, {
    description: "A collaborative's quorum and threshold rules (the defaults until changed).",
  })
  @Allow('read', 'VotingRules')
  votingRules(@Ctx() ctx: RequestContext, @Args() args: CollaborativeGovernanceArgs) {
    return this.votingRulesService.get(ctx, args.collaborativeId);
  }

  @Mutation(() => VotingRules)
  @Allow('update', 'VotingRules')
  updateVotingRules(@Ctx() ctx: RequestContext, @Args('input') input: UpdateVotingRulesInput) {
    return this.votingRulesService.update(ctx, input);
  }
}
