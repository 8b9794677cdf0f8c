import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import { GraphQLContext } from '../context/execution';
import { RequestContext } from '../context/request-context';
import { RequestContextService } from '../context/request-context.service';
import { DomainEvents } from '../events/domain-events';

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock
const MAX_ATTEMPTS = 3;

/**
 * Every GraphQL mutation runs in one database transaction: its services get the transaction's
 * EntityManager through the RequestContext, and its audit events commit or vanish with it.
 * A mutation that commits without writing an audit event is a bug, and is refused here, so an
 * unaudited mutation cannot ship.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  private readonly logger = new Logger(TransactionInterceptor.name);

  constructor(
    private readonly domainEvents: DomainEvents,
    private readonly contexts: RequestContextService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const { req } = gql.getContext<GraphQLContext>();
    const base = req.braid;
    if (!base) return next.handle();
    return from(this.run(info.fieldName, req, base, next));
  }

  private async run(
    operation: string,
    req: GraphQLContext['req'],
    base: RequestContext,
    next: CallHandler,
  ): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      let published = 0;
      let committed: RequestContext | undefined;
      try {
        // A sign-out or a change of roles counts from the very next request to this process.
        const result = await this.contexts.transaction(async (em) => {
          const ctx = base.forTransaction(em);
          committed = ctx;
          req.braid = ctx;
          try {
            const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
            if (ctx.auditEventsWritten === 0) {
              throw new Error(
                `Mutation ${operation} committed no audit event; every mutation must record one.`,
              );
            }
            published = ctx.domainEventsPublished;
            return result;
          } finally {
            // Nested fields of the payload resolve after commit: they read through the base context.
            req.braid = base;
          }
        });
        // Live updates go out only now: a subscriber never sees a change that was rolled back.
        await this.contexts.runAfterCommit(committed);
        // Deliver this mutation's events before answering, so what they cause (a grant for a
        // passed funding motion) is there when the client looks. A failing handler does not undo
        // the mutation; its event stays pending and is retried by the poller.
        if (published > 0) {
          await this.domainEvents
            .dispatchPending()
            .catch((error: unknown) => this.logger.error(String(error)));
        }
        return result;
      } catch (error) {
        const code =
          error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
        if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
        this.logger.warn(`${operation}: ${code} on attempt ${attempt}, retrying`);
      }
    }
  }
}
