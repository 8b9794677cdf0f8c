import { Ctx, Public, RequestContext } from '@braid/kernel';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/identity.inputs';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Emails a one-time password-reset link if the address has an account. Always true: the answer never tells whether it has.',
  })
  @Public('someone who forgot their password cannot sign in')
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput) {
    return this.resets.request(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with an emailed link and signs out every session; then sign in.',
  })
  @Public('the emailed link is the credential')
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput) {
    return this.resets.reset(ctx, input);
  }
}
