import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../context/request-context';

/** Problems found with a proposal, in words a person can act on; empty when there are none. */
export type DomainCheck<T> = (ctx: RequestContext, subject: T) => Promise<string[]>;

/**
 * Questions one domain asks another before it commits to something, without knowing it: e.g.
 * governance asks "could the fund honour this funding plan?" before the board votes on it, and
 * funds answers (see FUNDING_PLAN_CHECK in @braid/contracts). A check that nobody registered
 * finds no problem, so each domain also works alone.
 */
@Injectable()
export class DomainChecks {
  private readonly checks = new Map<string, DomainCheck<never>[]>();

  register<T>(name: string, check: DomainCheck<T>): void {
    this.checks.set(name, [...(this.checks.get(name) ?? []), check as DomainCheck<never>]);
  }

  async problems<T>(name: string, ctx: RequestContext, subject: T): Promise<string[]> {
    const found: string[] = [];
    for (const check of (this.checks.get(name) ?? []) as DomainCheck<T>[])
      found.push(...(await check(ctx, subject)));
    return found;
  }
}
