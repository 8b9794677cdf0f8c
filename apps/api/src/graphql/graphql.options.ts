import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { formatGraphQLError, GraphQLContext, operationLimitsPlugin } from '@braid/kernel';
import type { Request, Response } from 'express';
import { BraidConfig } from '../config';

export function graphqlOptions(config: BraidConfig): Omit<ApolloDriverConfig, 'driver'> {
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
    plugins: [
      operationLimitsPlugin({ maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity }),
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({ req, res }),
  };
}
