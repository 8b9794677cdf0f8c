import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { defineAbilityFor, defineSystemAbility } from '../access/ability.factory';
import { Principal } from '../access/principal';
import { PrincipalCache, watchPrincipalChanges } from '../access/principal-cache';
import { Principals } from '../access/principals';
import { RequestContext } from './request-context';

/** The express request, as Braid decorates it: the context is built once and cached here. */
export interface BraidRequest extends Request {
  braid?: RequestContext;
  braidPending?: Promise<RequestContext>;
}

@Injectable()
export class RequestContextService {
  private readonly logger = new Logger(RequestContextService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly principals: Principals,
    private readonly principalCache: PrincipalCache,
  ) {}

  /**
   * One context, hence one CASL ability, per request. Root fields of a query are resolved in
   * parallel and each passes the guard, so the pending promise is shared, not rebuilt.
   */
  forRequest(req: BraidRequest, res?: Response): Promise<RequestContext> {
    if (req.braid) return Promise.resolve(req.braid);
    req.braidPending ??= this.build(req, res).then((ctx) => (req.braid = ctx));
    return req.braidPending;
  }

  /**
   * The caller of a request as they are now, not as they were when it began: a live subscription
   * is judged again with it before each update (its session may have ended, its roles changed).
   */
  again(ctx: RequestContext): Promise<RequestContext> {
    return ctx.http ? this.build(ctx.http.req as BraidRequest, ctx.http.res) : Promise.resolve(ctx);
  }

  private async build(req: BraidRequest, res?: Response): Promise<RequestContext> {
    const em = this.dataSource.manager;
    const principal = await this.principals.fromRequest(req, em);
    return new RequestContext({
      principal,
      ability: defineAbilityFor(principal),
      em,
      inTransaction: false,
      requestId: (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID(),
      http: { req, res: res ?? req.res },
    });
  }

  /** Acts as a given person outside HTTP (demo seeding, tests), with exactly their ability. */
  async asPrincipal<T>(principal: Principal, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    let ctx: RequestContext | undefined;
    const result = await this.transaction(async (em) => {
      ctx = await this.contextFor(principal, em);
      return work(ctx);
    });
    await this.runAfterCommit(ctx);
    return result;
  }

  /** After-commit work of a finished transaction; a failure is logged, the commit stands. */
  async runAfterCommit(ctx: RequestContext | undefined): Promise<void> {
    for (const work of ctx?.takeAfterCommit() ?? []) {
      await work(this.dataSource.manager).catch((error: unknown) =>
        this.logger.error(
          `After-commit work failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  }

  /**
   * A person's context inside an open transaction. Their facts are read through `em`, so a
   * membership created earlier in the same transaction already counts.
   */
  async contextFor(principal: Principal, em: EntityManager): Promise<RequestContext> {
    const enriched = await this.principals.enrich({ ...principal, memberships: [] }, em);
    return new RequestContext({
      principal: enriched,
      ability: defineAbilityFor(enriched),
      em,
      inTransaction: true,
      requestId: randomUUID(),
    });
  }

  systemContext(em: EntityManager): RequestContext {
    return new RequestContext({
      principal: null,
      ability: defineSystemAbility(),
      em,
      inTransaction: true,
      requestId: randomUUID(),
      system: true,
    });
  }

  /** Start-up tasks that no person performs (creating the bootstrap administrator). */
  async asSystem<T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    let ctx: RequestContext | undefined;
    const result = await this.transaction((em: EntityManager) => work((ctx = this.systemContext(em))));
    await this.runAfterCommit(ctx);
    return result;
  }

  /**
   * Every transaction of a request or a person: its changes to people's facts count for this
   * process's cached principals as soon as it commits (the NOTIFY reaches other processes later).
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    let changed: string[] = [];
    const result = await this.dataSource.transaction(async (em) => {
      const principalChanges = watchPrincipalChanges(em);
      try {
        return await work(em);
      } finally {
        changed = principalChanges();
      }
    });
    this.principalCache.forgetUsers(changed);
    return result;
  }
}
