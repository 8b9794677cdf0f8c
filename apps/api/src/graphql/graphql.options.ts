import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import {
  BraidRequest,
  formatGraphQLError,
  GraphQLContext,
  MAX_DOCUMENT_TOKENS,
  operationLimitsPlugin,
  RequestContextService,
} from '@braid/kernel';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { BraidConfig } from '../config';

export function graphqlOptions(
  config: BraidConfig,
  contexts: RequestContextService,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Apollo's CSRF prevention: a GET or multipart request must carry a header a form cannot set.
    csrfPrevention: true,
    introspection: !config.production,
    playground: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatGraphQLError(config.production),
    // The parser stops at this many tokens, before validation spends time on a huge document.
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    // Apollo pretty-prints every response by default: indentation nobody reads, paid in CPU and
    // bytes on every request (about 5 % of a grant page's API time in the bench's profile).
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      // Braid gives no cache hints (answers depend on who asks), and the cache-control plugin
      // would otherwise wrap every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin({
        maxDepth: config.maxQueryDepth,
        maxComplexity: config.maxQueryComplexity,
        maxAnonymousComplexity: config.maxAnonymousQueryComplexity,
        // The same context the AccessGuard then reuses: the session is read once per request.
        isSignedIn: async ({ req, res }) => (await contexts.forRequest(req, res)).isAuthenticated,
      }),
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    // Subscriptions speak graphql-ws on the same path; the browser's session cookie rides on the
    // websocket upgrade request, which the AccessGuard reads like any HTTP request.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Apollo's formatError does not see websocket results: format them the same way, so a
        // subscriber gets the documented codes and never an internal error's detail.
        onNext: (_ctx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return;
          const format = formatGraphQLError(config.production);
          return { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) };
        },
      },
    },
    context: (exchange: HttpExchange | WebSocketExchange): GraphQLContext =>
      'extra' in exchange
        ? { req: subscriptionRequest(exchange.extra.request) }
        : { req: exchange.req, res: exchange.res },
  };
}

interface HttpExchange {
  req: Request;
  res: Response;
}

/** What graphql-ws hands the context factory for each operation on a socket. */
interface WebSocketExchange {
  extra: { request: IncomingMessage };
}

/**
 * Each subscription sees the upgrade request (its cookie and headers) through a view of its own,
 * so the RequestContext (who asks, their ability, their DataLoaders) is built when that
 * subscription starts instead of once for the socket's whole life: a subscription started after
 * a sign-out or a change of roles is judged as things are then.
 */
function subscriptionRequest(upgrade: IncomingMessage): BraidRequest {
  return Object.create(upgrade) as BraidRequest;
}
