import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Response } from 'express';
import type { BraidRequest } from './request-context.service';
import { RequestContext } from './request-context';

/** The GraphQL context Braid builds for HTTP requests and websocket subscriptions alike. */
export interface GraphQLContext {
  req: BraidRequest;
  res?: Response;
}

export function exchangeOf(context: ExecutionContext): { req: BraidRequest; res?: Response } {
  if (context.getType<GqlContextType>() === 'graphql') {
    const gql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return { req: gql.req, res: gql.res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<BraidRequest>(), res: http.getResponse<Response>() };
}

/** Injects the RequestContext the AccessGuard built for this request (the transaction's, in a mutation). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const ctx = exchangeOf(context).req.braid;
  if (!ctx) throw new Error('No RequestContext: the AccessGuard did not run for this operation');
  return ctx;
});
