import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { SignedIn } from '../access/allow.decorator';
import { Ctx } from '../context/execution';
import { RequestContext } from '../context/request-context';
import { BadInputError, NotFoundError } from '../errors/braid-error';
import { MyWork } from './my-work';

@Resolver(() => MyWork)
export class MyWorkResolver {
  /**
   * The person's own work. Without a collaborative it spans every collaborative they belong to:
   * the page after sign-in is about the person, not one collaborative. A collaborative they do
   * not belong to is NOT_FOUND, as anywhere else.
   */
  @Query(() => MyWork, {
    description:
      'What the signed-in person has to do: in one collaborative, or (without collaborativeId) in all of theirs.',
  })
  @SignedIn()
  myWork(
    @Ctx() ctx: RequestContext,
    @Args('collaborativeId', { type: () => ID, nullable: true }) collaborativeId?: string | null,
  ): MyWork {
    const userId = ctx.userId;
    const memberships = ctx.principal?.memberships ?? [];
    if (collaborativeId === undefined || collaborativeId === null)
      return { userId, collaborativeIds: memberships.map((membership) => membership.collaborativeId) };
    if (!isUUID(collaborativeId))
      throw new BadInputError(
        'INVALID_ID',
        'collaborativeId must be an id (a UUID).',
        [{ field: 'collaborativeId', messages: ['must be a UUID'] }],
        { argument: 'collaborativeId' },
      );
    if (!ctx.membershipIn(collaborativeId)) throw new NotFoundError('Collaborative', collaborativeId);
    return { userId, collaborativeIds: [collaborativeId] };
  }
}
