import { IllegalTransition } from './governance.errors';

/**
 * A lifecycle as an explicit table of allowed moves (docs/CONVENTIONS.md, rule 5): anything not listed
 * is refused with CONFLICT, so a new state cannot quietly become reachable from everywhere.
 */
export class Lifecycle<S extends string> {
  constructor(
    readonly subject: string,
    private readonly moves: Readonly<Record<S, readonly S[]>>,
  ) {}

  allows(from: S, to: S): boolean {
    return this.moves[from].includes(to);
  }

  /** Refuses an illegal move; returns the new state for assignment. */
  move(from: S, to: S): S {
    if (!this.allows(from, to)) throw new IllegalTransition(this.subject, from, to);
    return to;
  }
}
