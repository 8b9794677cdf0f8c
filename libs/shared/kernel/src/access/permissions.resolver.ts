import { packRules } from '@casl/ability/extra';
import { Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/execution';
import { RequestContext } from '../context/request-context';
import { GraphQLJSON } from '../graphql/json.scalar';
import { Public } from './allow.decorator';

@Resolver()
export class PermissionsResolver {
  /** The same rules the API enforces, packed for @casl/react, so the client hides what it would refuse. */
  @Query(() => GraphQLJSON, {
    description:
      "The caller's CASL rules, packed with @casl/ability/extra packRules (anonymous: the public rules).",
  })
  @Public('anonymous callers receive the public rules')
  myPermissions(@Ctx() ctx: RequestContext): unknown {
    return packRules(ctx.ability.rules);
  }
}
