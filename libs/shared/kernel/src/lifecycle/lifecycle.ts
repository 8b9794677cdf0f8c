import type { RequestContext } from '../context/request-context';
import { IllegalTransitionError, type TransitionAdvice } from '../errors/braid-error';

/** One allowed move, named by what makes it happen (the mutation, or the event that causes it). */
export interface Transition<S extends string, N extends string = string> {
  readonly from: S;
  readonly to: S;
  readonly name: N;
}

/** A move the table refuses for which there is a better way: the refusal names it (`rule`). */
export interface Refusal<S extends string> extends TransitionAdvice {
  readonly from: S;
  readonly to: S;
}

/** What the history hook hears after a move; the record is already in its new state. */
export interface TransitionEvent<S extends string, N extends string, R, D> {
  readonly ctx: RequestContext;
  readonly record: R;
  readonly from: S;
  readonly to: S;
  readonly name: N;
  readonly details: D;
}

export interface LifecycleDefinition<S extends string, N extends string, R, D> {
  /** The record's name in the refusal ("motion", "tranche"): `subject` in ILLEGAL_TRANSITION's figures. */
  readonly subject: string;
  /** Every allowed move; anything not listed is refused. */
  readonly transitions: readonly Transition<S, N>[];
  readonly refusals?: readonly Refusal<S>[];
  /**
   * Writes the history of a move made through `transition()`, inside the mutation's transaction
   * (`ctx.em`): a history row where people read one. Audit events stay with the service, which
   * knows what else the mutation changed.
   */
  readonly onTransition?: (event: TransitionEvent<S, N, R, D>) => Promise<void>;
}

/** Details a history hook needs beyond the move (a reason, a ledger posting); none when it needs none. */
type DetailsArg<D> = [D] extends [undefined] ? [details?: D] : [details: D];

/**
 * A state machine as a table of allowed moves (docs/ARCHITECTURE.md, "Lifecycles"): a move the
 * table does not list is refused with ILLEGAL_TRANSITION (CONFLICT), so a new state cannot quietly
 * become reachable from everywhere. After Vendure's finite-state-machine, without its guards: a
 * move that depends on more than the two states (a period not over, motions still open) is refused
 * by the service with its own reason, which says more than "illegal transition" would.
 *
 * `S` is the status, `N` the transitions' names, `R` the record (`transition()` sets its
 * `status`), `D` what the history hook needs beyond the move.
 */
export class Lifecycle<
  S extends string,
  N extends string = string,
  R extends { status: S } = { status: S },
  D = undefined,
> {
  private readonly moves = new Map<string, Transition<S, N>>();
  private readonly advice = new Map<string, TransitionAdvice>();

  constructor(private readonly definition: LifecycleDefinition<S, N, R, D>) {
    for (const transition of definition.transitions) {
      const key = pair(transition.from, transition.to);
      if (this.moves.has(key))
        throw new Error(`${definition.subject}: ${transition.from} → ${transition.to} is listed twice`);
      this.moves.set(key, transition);
    }
    for (const { from, to, rule, advice } of definition.refusals ?? []) {
      if (this.moves.has(pair(from, to)))
        throw new Error(`${definition.subject}: ${from} → ${to} is both allowed and refused`);
      this.advice.set(pair(from, to), { rule, advice });
    }
  }

  get subject(): string {
    return this.definition.subject;
  }

  can(from: S, to: S): boolean {
    return this.moves.has(pair(from, to));
  }

  /** The moves a record in this state may make next, in the table's order. */
  transitionsFrom(state: S): Transition<S, N>[] {
    return this.definition.transitions.filter((transition) => transition.from === state);
  }

  /** Refuses a move the table does not list; returns `to`, so a caller may assign it in one line. */
  assert(from: S, to: S): S {
    if (!this.can(from, to))
      throw new IllegalTransitionError(this.subject, from, to, this.advice.get(pair(from, to)));
    return to;
  }

  /** Moves the record to `to` (refusing a move the table does not list), then writes its history. */
  async transition(ctx: RequestContext, record: R, to: S, ...[details]: DetailsArg<D>): Promise<void> {
    const from = record.status;
    this.assert(from, to);
    record.status = to;
    const { name } = this.moves.get(pair(from, to)) as Transition<S, N>;
    await this.definition.onTransition?.({ ctx, record, from, to, name, details: details as D });
  }
}

function pair(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
