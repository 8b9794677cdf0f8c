import { Role } from '@braid/contracts';
import { User } from '@braid/identity';
import { Allow, Ctx, Public, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Field, GraphQLISODateTime, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InvitationStatus } from '@braid/contracts';
import { Collaborative } from './collaborative.entity';
import { CollaborativeScopedArgs } from './dto/collaborative.args';
import { AcceptInvitationInput, InviteMemberInput } from './dto/membership.inputs';
import { Invitation } from './invitation.entity';
import { InvitationService } from './invitation.service';

@ObjectType({ description: 'An invitation just issued. The token is shown only this once.' })
export class IssuedInvitation {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field({ description: 'Give this to the invitee; Braid keeps only its hash.' })
  token: string;
}

@ObjectType()
export class InvitationPreview {
  @Field()
  collaborativeName: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when you are signed in as the invited email; otherwise null: a link (which its inviter holds too) never tells whether an email has an account. Someone with an account signs in, then opens the link again.',
  })
  accountExists: boolean | null;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@ObjectType()
export class AcceptedInvitation {
  @Field(() => User)
  user: User;

  @Field(() => Collaborative)
  collaborative: Collaborative;
}

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(private readonly invitationService: InvitationService) {}

  @Query(() => [Invitation])
  @Allow('read', 'Invitation')
  invitations(@Ctx() ctx: RequestContext, @Args() args: CollaborativeScopedArgs) {
    return this.invitationService.list(ctx, args.collaborativeId);
  }

  @Query(() => InvitationPreview)
  @Public('whoever holds an invitation link may see what it invites them to')
  invitationPreview(@Ctx() ctx: RequestContext, @Args('token') token: string) {
    return this.invitationService.preview(ctx, token);
  }

  @Mutation(() => IssuedInvitation)
  @Allow('invite', 'Invitation')
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput) {
    return this.invitationService.invite(ctx, input);
  }

  @Mutation(() => Invitation)
  @Allow('update', 'Invitation')
  revokeInvitation(@Ctx() ctx: RequestContext, @UuidArg('id') id: string) {
    return this.invitationService.revoke(ctx, id);
  }

  @Mutation(() => AcceptedInvitation, { description: 'Joins the collaborative; a new account is signed in.' })
  @Public('an invitee has no account yet; the token is the credential')
  acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput) {
    return this.invitationService.accept(ctx, input);
  }
}
