import { createHash, randomBytes } from 'node:crypto';
import { InvitationStatus, Language, MembershipStatus } from '@braid/contracts';
import { AccountLinks, normalizeEmail, SignInService, User, UsersService } from '@braid/identity';
import {
  accessibleBy,
  assertCan,
  AuditService,
  Clock,
  findAccessible,
  NotFoundError,
  Notifier,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Collaborative } from './collaborative.entity';
import {
  AccountExistsSignIn,
  AlreadyMember,
  InvitationForSomeoneElse,
  InvitationNotUsable,
  PasswordRequired,
} from './collaboratives.errors';
import { AcceptInvitationInput, InviteMemberInput } from './dto/membership.inputs';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { MembershipService } from './membership.service';
import { OrganizationService } from './organization.service';

const INVITATION_DAYS = 14;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedInvitation {
  invitation: Invitation;
  token: string;
}

export interface InvitationPreviewShape {
  collaborativeName: string;
  email: string;
  displayName: string;
  roles: Invitation['roles'];
  status: InvitationStatus;
  accountExists: boolean | null;
  expiresAt: Date;
}

/**
 * The language an invitation email is written in: the invitee's own choice when they already have
 * an account; else what the inviter chose for them; else the inviter's own language, since a
 * collaborative has no language of its own and its members mostly share the inviter's.
 */
export function invitationLanguage(
  invitee: Pick<User, 'preferredLanguage'> | null,
  chosen: Language | null | undefined,
  inviters: string | null | undefined,
): Language {
  if (invitee) return invitee.preferredLanguage;
  if (chosen) return chosen;
  return Object.values(Language).find((language) => language === inviters) ?? Language.EN;
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly signIns: SignInService,
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationService,
    private readonly notifier: Notifier,
    private readonly links: AccountLinks,
    private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext, collaborativeId: string): Promise<Invitation[]> {
    return ctx.em
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .where('invitation.collaborativeId = :collaborativeId', { collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Invitation', 'invitation'))
      .orderBy('invitation.createdAt', 'DESC')
      .addOrderBy('invitation.id')
      .getMany();
  }

  /**
   * The invitee gets the link by email, and the administrator sees it once as well (to hand over
   * another way when email does not arrive). Only the token's hash is stored.
   */
  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<IssuedInvitation> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'invite', 'Invitation', { collaborativeId: input.collaborativeId });
    const email = normalizeEmail(input.email);
    if (input.organizationId) {
      await this.organizations.requireInCollaborative(ctx, input.collaborativeId, input.organizationId);
    }
    const existingUser = await this.users.findByEmail(ctx.em, email);
    const collaborative = await ctx.em.findOneByOrFail(Collaborative, { id: input.collaborativeId });
    if (existingUser) {
      const active = await ctx.em.existsBy(Membership, {
        collaborativeId: input.collaborativeId,
        userId: existingUser.id,
        status: MembershipStatus.ACTIVE,
      });
      if (active) throw new AlreadyMember();
    }
    const token = randomBytes(32).toString('base64url');
    const invitation = await ctx.em.save(
      ctx.em.create(Invitation, {
        collaborativeId: input.collaborativeId,
        email,
        displayName: input.displayName.trim(),
        roles: [...new Set(input.roles)],
        organizationId: input.organizationId ?? null,
        tokenHash: hashToken(token),
        invitedByUserId: ctx.userId,
        expiresAt: new Date(this.clock.now().getTime() + INVITATION_DAYS * 24 * 3600 * 1000),
        storedStatus: InvitationStatus.PENDING,
        acceptedAt: null,
        acceptedUserId: null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'invitation.created',
      collaborativeId: invitation.collaborativeId,
      entityType: 'Invitation',
      entityId: invitation.id,
      after: invitation,
    });
    await this.notifier.sendAccountEmail(ctx, {
      kind: 'INVITATION',
      to: {
        email,
        language: invitationLanguage(existingUser, input.language, ctx.principal?.preferredLanguage),
        displayName: invitation.displayName,
      },
      actionUrl: this.links.page(`/invitations/${encodeURIComponent(token)}`),
      figures: {
        collaborativeName: collaborative.name,
        invitedByName: ctx.principal?.displayName ?? collaborative.name,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return { invitation, token };
  }

  async revoke(ctx: RequestContext, id: string): Promise<Invitation> {
    const invitation = await findAccessible(ctx, Invitation, 'Invitation', id, { lock: true });
    assertCan(ctx, 'update', 'Invitation', invitation);
    if (invitation.status !== InvitationStatus.PENDING) throw new InvitationNotUsable(invitation.status);
    const before = { ...invitation };
    invitation.storedStatus = InvitationStatus.REVOKED;
    await ctx.em.save(invitation);
    await this.audit.record(ctx, {
      action: 'invitation.revoked',
      collaborativeId: invitation.collaborativeId,
      entityType: 'Invitation',
      entityId: invitation.id,
      before,
      after: invitation,
    });
    return invitation;
  }

  private async isSignedInAs(ctx: RequestContext, email: string): Promise<boolean> {
    if (!ctx.actorUserId) return false;
    const me = await this.users.findByEmail(ctx.em, email);
    return me?.id === ctx.actorUserId;
  }

  /** What the holder of an invitation link sees before accepting. */
  async preview(ctx: RequestContext, token: string): Promise<InvitationPreviewShape> {
    const invitation = await ctx.em.findOneBy(Invitation, { tokenHash: hashToken(token) });
    if (!invitation) throw new NotFoundError('Invitation');
    const collaborative = await ctx.em.findOneByOrFail(Collaborative, { id: invitation.collaborativeId });
    return {
      collaborativeName: collaborative.name,
      email: invitation.email,
      displayName: invitation.displayName,
      roles: invitation.roles,
      status: invitation.status,
      // Whoever invites holds the token as well, so the token proves nothing about who reads this:
      // saying whether an account exists let an inviter probe any email (issue 17). Only the
      // invited person, signed in as that email, is told (and for them it is true).
      accountExists: (await this.isSignedInAs(ctx, invitation.email)) ? true : null,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * A new person chooses a password and is signed in; someone who already has an account must be
   * signed in as the invited email, so an invitation link alone never grants an existing account.
   */
  async accept(
    ctx: RequestContext,
    input: AcceptInvitationInput,
  ): Promise<{ user: User; collaborative: Collaborative }> {
    const invitation = await ctx.em.findOne(Invitation, {
      where: { tokenHash: hashToken(input.token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.status !== InvitationStatus.PENDING) throw new InvitationNotUsable(invitation.status);

    let user: User;
    let newAccount = false;
    if (ctx.principal) {
      if (normalizeEmail(ctx.principal.email) !== invitation.email) throw new InvitationForSomeoneElse();
      user = await ctx.em.findOneByOrFail(User, { id: ctx.userId });
    } else {
      if (await this.users.findByEmail(ctx.em, invitation.email)) {
        throw new AccountExistsSignIn();
      }
      if (!input.password) {
        throw new PasswordRequired();
      }
      user = await this.users.create(ctx, {
        email: invitation.email,
        displayName: input.displayName ?? invitation.displayName,
        password: input.password,
        preferredLanguage: input.preferredLanguage,
      });
      newAccount = true;
    }

    await this.memberships.add(ctx, {
      collaborativeId: invitation.collaborativeId,
      userId: user.id,
      roles: invitation.roles,
      organizationId: invitation.organizationId,
    });
    const before = { ...invitation };
    Object.assign(invitation, {
      storedStatus: InvitationStatus.ACCEPTED,
      acceptedAt: new Date(),
      acceptedUserId: user.id,
    });
    await ctx.em.save(invitation);
    await this.audit.record(ctx, {
      action: 'invitation.accepted',
      collaborativeId: invitation.collaborativeId,
      entityType: 'Invitation',
      entityId: invitation.id,
      before,
      after: invitation,
    });
    if (newAccount) await this.signIns.startSession(ctx, user, 'user.signedIn');
    const collaborative = await ctx.em.findOneByOrFail(Collaborative, { id: invitation.collaborativeId });
    return { user, collaborative };
  }
}
