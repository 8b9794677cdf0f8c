import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Principal } from './principal';
import { PrincipalCache } from './principal-cache';

/** A live credential's person, and until when the credential holds. */
export interface AuthenticatedPrincipal {
  principal: Principal;
  expiresAt: Date;
}

/** Identity provides this: who is the person behind a request (session cookie or bearer token)? */
export interface PrincipalSource {
  /** The credential the request carries, or null for an anonymous request. Must not touch the database. */
  credentialOf(req: Request): string | null;
  /** The person behind a credential, if it is live. */
  fromCredential(credential: string, em: EntityManager): Promise<AuthenticatedPrincipal | null>;
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

  constructor(private readonly cache: PrincipalCache) {}

  useSource(source: PrincipalSource): void {
    this.source = source;
  }

  addEnricher(enricher: PrincipalEnricher): void {
    this.enrichers.push(enricher);
  }

  async fromRequest(req: Request, em: EntityManager): Promise<Principal | null> {
    if (!this.source) throw new Error('No PrincipalSource registered: is the identity module loaded?');
    const credential = this.source.credentialOf(req);
    if (!credential) return null;
    const cached = this.cache.get(credential);
    if (cached) return cached;
    const generation = this.cache.generation;
    const found = await this.source.fromCredential(credential, em);
    if (!found) return null;
    const principal = await this.enrich(found.principal, em);
    this.cache.set(credential, principal, found.expiresAt, generation);
    return principal;
  }

  async enrich(principal: Principal, em: EntityManager): Promise<Principal> {
    principal.memberships = [];
    for (const enricher of this.enrichers) await enricher.enrich(principal, em);
    return principal;
  }
}
