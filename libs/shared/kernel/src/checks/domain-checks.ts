import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../context/request-context';

/**
 * Problems found with a proposal, each one a person can act on (a sentence, or a record with a
 * reason and figures the client words itself); empty when there are none.
 */
export type DomainCheck<T, P = string> = (ctx: RequestContext, subject: T) => Promise<P[]>;

/**
 * Questions one domain asks another before it commits to something, without knowing it: e.g.
 * governance asks "could the fund honour this funding plan?" before the board votes on it, and
 * funds answers (see FUNDING_PLAN_CHECK in @braid/contracts). A check that nobody registered
 * finds no problem, so each domain also works alone.
 */
@Injectable()
export class DomainChecks {
  private readonly checks = new Map<string, DomainCheck<never, unknown>[]>();

  /** Adds an answer to the question `name`; the function returned takes it back (tests use it). */
  register<T, P = string>(name: string, check: DomainCheck<T, P>): () => void {
    const registered = check as DomainCheck<never, unknown>;
    this.checks.set(name, [...(this.checks.get(name) ?? []), registered]);
    return () => this.checks.set(name, (this.checks.get(name) ?? []).filter((each) => each !== registered));
  }

  async problems<T, P = string>(name: string, ctx: RequestContext, subject: T): Promise<P[]> {
    const found: P[] = [];
    for (const check of (this.checks.get(name) ?? []) as unknown as DomainCheck<T, P>[])
      found.push(...(await check(ctx, subject)));
    return found;
  }
}
