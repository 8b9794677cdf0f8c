import { Allow, Ctx, RequestContext } from '@braid/kernel';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CollaborativeScopedArgs } from './dto/collaborative.args';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.inputs';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Query(() => [Organization])
  @Allow('read', 'Organization')
  organizations(@Ctx() ctx: RequestContext, @Args() args: CollaborativeScopedArgs) {
    return this.organizationService.list(ctx, args.collaborativeId);
  }

  @Mutation(() => Organization)
  @Allow('create', 'Organization')
  createOrganization(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganizationInput) {
    return this.organizationService.create(ctx, input);
  }

  @Mutation(() => Organization)
  @Allow('update', 'Organization')
  updateOrganization(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganizationInput) {
    return this.organizationService.update(ctx, input);
  }
}
