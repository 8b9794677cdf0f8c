import { Ctx, Public, RequestContext } from '@braid/kernel';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { TransparencyArgs } from './dto/transparency.args';
import { TransparencyService } from './transparency.service';
import { Transparency } from './transparency.types';

@Resolver(() => Transparency)
export class TransparencyResolver {
  constructor(private readonly transparencyService: TransparencyService) {}

  @Query(() => Transparency, {
    description:
      'The public transparency view of a collaborative that publishes one: decisions and dollars, no personal data.',
  })
  @Public('a collaborative publishes its transparency view by its own choice; it holds no personal data')
  transparency(@Ctx() ctx: RequestContext, @Args() args: TransparencyArgs) {
    return this.transparencyService.bySlug(ctx, args.slug);
  }
}
