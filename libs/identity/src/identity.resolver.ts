import { Ctx, Public, RequestContext, SignedIn } from '@braid/kernel';
import {
  Args,
  Field,
  GraphQLISODateTime,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ChangePasswordInput, SignInInput, UpdateMyProfileInput } from './dto/identity.inputs';
import { SignInService } from './sign-in.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

@ObjectType()
export class SignInPayload {
  @Field(() => User)
  user: User;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends unless it is used again.' })
  expiresAt: Date;
}

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly users: UsersService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null when signed out.' })
  @Public('tells a signed-out browser that it is signed out')
  me(@Ctx() ctx: RequestContext) {
    return ctx.principal ? this.users.load(ctx, ctx.principal.userId) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Signs in and sets the httpOnly session cookie.' })
  @Public('signing in is how one stops being anonymous')
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput) {
    return this.signIns.signIn(ctx, input);
  }

  @Mutation(() => Boolean)
  @SignedIn()
  signOut(@Ctx() ctx: RequestContext) {
    return this.signIns.signOut(ctx);
  }

  @Mutation(() => User)
  @SignedIn()
  updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMyProfileInput) {
    return this.signIns.updateProfile(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  @SignedIn()
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput) {
    return this.signIns.changePassword(ctx, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the person themself only.' })
  email(@Ctx() ctx: RequestContext, @Parent() user: User): string | null {
    return ctx.principal?.userId === user.id ? user.email : null;
  }
}
