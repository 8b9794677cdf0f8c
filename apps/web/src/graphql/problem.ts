import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, type FailureFigures, type FailureReason, isFailureReason } from '@braid/contracts';

/** What went wrong, in the terms a screen needs: the API's documented code, or the network. */
export type ProblemCode = ErrorCode | 'NETWORK';

/**
 * A refusal as a screen reads it. There is deliberately no message: the API's words are English
 * and for logs; a screen says its own sentence for the reason (see `useProblemMessage`).
 */
export interface Problem {
  code: ProblemCode;
  /** Why, when the API named it (every named failure does); null for the network or an unknown reason. */
  reason: FailureReason | null;
  /** The reason's figures (amounts in cents, YYYY-MM-DD dates, names), as @braid/contracts types them. */
  figures: Record<string, unknown>;
  /** BAD_USER_INPUT: the fields the API refused, keyed by the input's field name. */
  fields: Record<string, string[]>;
  /** TOO_MANY_REQUESTS: how long to wait. */
  retryAfterSeconds: number | null;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Extensions that are not a reason's figures. */
const NOT_FIGURES = new Set(['code', 'reason', 'fields', 'stacktrace', 'http', 'message']);

function fieldsOf(extensions: Record<string, unknown> | undefined): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const raw = extensions?.['fields'];
  if (!Array.isArray(raw)) return fields;
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, messages } = entry as { field?: unknown; messages?: unknown };
    if (typeof field !== 'string' || !Array.isArray(messages)) continue;
    fields[field] = messages.filter((message): message is string => typeof message === 'string');
  }
  return fields;
}

/**
 * A refusal from its `extensions` (GraphQL) or its JSON body (the REST endpoints: uploads, CSV),
 * which carry the same code, reason and figures.
 */
export function problemOfExtensions(extensions: Record<string, unknown> | null | undefined): Problem {
  const code = typeof extensions?.['code'] === 'string' ? extensions['code'] : '';
  const reason = extensions?.['reason'];
  const retry = extensions?.['retryAfterSeconds'];
  const figures: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions ?? {}))
    if (!NOT_FIGURES.has(key)) figures[key] = value;
  return {
    code: KNOWN_CODES.has(code) ? (code as ErrorCode) : ErrorCode.INTERNAL_SERVER_ERROR,
    reason: isFailureReason(reason) ? reason : null,
    figures,
    fields: fieldsOf(extensions ?? undefined),
    retryAfterSeconds: typeof retry === 'number' ? retry : null,
  };
}

/**
 * Reads an Apollo error into a Problem: the one place the client reads an error's `extensions`.
 * Branches on `extensions.code` and `extensions.reason` (README, "Errors"), never on messages. A
 * code the client does not know is treated as a server fault rather than guessed at.
 */
export function problemOf(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    return problemOfExtensions(error.errors[0]?.extensions as Record<string, unknown> | undefined);
  }
  if (ServerError.is(error) && error.statusCode >= 500) {
    return problemOfExtensions({ code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'INTERNAL_FAULT' });
  }
  // fetch failed, the server could not be reached, or answered something that is not GraphQL.
  return { code: 'NETWORK', reason: null, figures: {}, fields: {}, retryAfterSeconds: null };
}

/** Every refusal in one answer (a document with several fields may be refused for several reasons). */
export function problemsOf(error: unknown): Problem[] {
  return CombinedGraphQLErrors.is(error)
    ? error.errors.map((each) => problemOfExtensions(each.extensions as Record<string, unknown> | undefined))
    : [problemOf(error)];
}

export function isProblemCode(error: unknown, code: ProblemCode): boolean {
  return error !== undefined && error !== null && problemOf(error).code === code;
}

/** The problem's figures typed by its reason, when it is that reason; null otherwise. */
export function figuresOf<R extends FailureReason>(problem: Problem, reason: R): FailureFigures[R] | null {
  return problem.reason === reason ? (problem.figures as FailureFigures[R]) : null;
}
