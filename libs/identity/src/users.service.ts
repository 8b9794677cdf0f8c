import { Language } from '@braid/contracts';
import { AuditService, RequestContext } from '@braid/kernel';
import { EmailTaken } from './identity.errors';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { normalizeEmail, User } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  preferredLanguage?: Language;
  password?: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  findByEmail(em: EntityManager, email: string): Promise<User | null> {
    return em.findOne(User, { where: { email: normalizeEmail(email) } });
  }

  /** Users by id in one query, in the order asked (for DataLoaders). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(User | null)[]> {
    const users = await em.find(User, { where: { id: In([...ids]) } });
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Loads a user through the request's DataLoader: one query however many fields ask. */
  load(ctx: RequestContext, id: string): Promise<User | null> {
    return ctx.loader<string, User | null>('user.byId', (ids) => this.byIds(ctx.em, ids)).load(id);
  }

  /** Creates an account (an accepted invitation, the bootstrap administrator, the demo). */
  async create(ctx: RequestContext, input: NewUser): Promise<User> {
    const email = normalizeEmail(input.email);
    if (await this.findByEmail(ctx.em, email)) throw new EmailTaken();
    const user = await ctx.em.save(
      ctx.em.create(User, {
        email,
        displayName: input.displayName.trim(),
        preferredLanguage: input.preferredLanguage ?? Language.EN,
        passwordHash: input.password ? await this.hasher.hash(input.password) : null,
        disabledAt: null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'user.created',
      collaborativeId: null,
      entityType: 'User',
      entityId: user.id,
      after: user,
    });
    return user;
  }
}
