import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import {
  BraidRequest,
  formatGraphQLError,
  GraphQLContext,
  limitedSubscription,
  MAX_DOCUMENT_TOKENS,
  OperationLimits,
  operationLimitsPlugin,
  RequestContextService,
} from '@braid/kernel';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { BraidConfig } from '../config';

export function graphqlOptions(
  config: BraidConfig,
  contexts: RequestContextService,
  schemaHost: GraphQLSchemaHost,
): Omit<ApolloDriverConfig, 'driver'> {
  const limits: Partial<OperationLimits> = {
    maxDepth: config.maxQueryDepth,
    maxComplexity: config.maxQueryComplexity,
    maxAnonymousComplexity: config.maxAnonymousQueryComplexity,
    // The same context the AccessGuard then reuses: the session is read once per request.
    isSignedIn: async ({ req, res }) => (await contexts.forRequest(req, res)).isAuthenticated,
  };
  const format = formatGraphQLError(config.production);
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
      operationLimitsPlugin(limits),
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    // Subscriptions speak graphql-ws on the same path; the browser's session cookie rides on the
    // websocket upgrade request, which the AccessGuard reads like any HTTP request.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Apollo never sees a websocket operation: it is parsed, validated and held to the
        // operation limits here, by the same code as over HTTP, and the context made for it is
        // the one it then runs with (so the session is read once). A refusal is formatted as
        // over HTTP: the same code and reason.
        onSubscribe: async (ctx, _id, payload) => {
          const args = await limitedSubscription(limits, schemaHost.schema, payload, {
            req: subscriptionRequest((ctx.extra as WebSocketExchange['extra']).request),
          });
          return Array.isArray(args) ? args.map((error) => formatted(format, error)) : args;
        },
        // Apollo's formatError does not see websocket results: format them the same way, so a
        // subscriber gets the documented codes and never an internal error's detail.
        onNext: (_ctx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return;
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

/**
 * A refusal of a websocket operation as `formatError` shapes it over HTTP. graphql-ws sends the
 * GraphQLErrors `onSubscribe` returns as they are, so the formatted message and extensions go
 * into a new one; the HTTP status a refusal carries is for Apollo's response and is left out.
 */
function formatted(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  error: GraphQLError,
): GraphQLError {
  const { message, extensions } = format(error.toJSON(), error);
  const { http: _http, ...rest } = extensions ?? {};
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: rest,
  });
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
