import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Principal } from './principal';

/** Identity provides this: who is the person behind a request (session cookie or bearer token)? */
export interface PrincipalSource {
  fromRequest(req: Request, em: EntityManager): Promise<Principal | null>;
}

/** A domain that knows facts about people (memberships, seats, workgroups) adds them to the principal. */
export interface PrincipalEnricher {
  enrich(principal: Principal, em: EntityManager): Promise<void>;
}

/**
 * Where the kernel learns who is asking, without depending on the domains that know it: identity
 * registers the source, other domains register enrichers, in module-initialisation order.
 */
@Injectable()
export class Principals {
  private source: PrincipalSource | null = null;
  private readonly enrichers: PrincipalEnricher[] = [];

  useSource(source: PrincipalSource): void {
    this.source = source;
  }

  addEnricher(enricher: PrincipalEnricher): void {
    this.enrichers.push(enricher);
  }

  async fromRequest(req: Request, em: EntityManager): Promise<Principal | null> {
    if (!this.source) throw new Error('No PrincipalSource registered: is the identity module loaded?');
    const principal = await this.source.fromRequest(req, em);
    return principal ? this.enrich(principal, em) : null;
  }

  async enrich(principal: Principal, em: EntityManager): Promise<Principal> {
    principal.memberships = [];
    for (const enricher of this.enrichers) await enricher.enrich(principal, em);
    return principal;
  }
}
