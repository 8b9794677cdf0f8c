import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@braid/contracts';

/** What went wrong, in the terms a screen needs: the API's documented code, or the network. */
export type ProblemCode = ErrorCode | 'NETWORK';

export interface Problem {
  code: ProblemCode;
  /** The API's own message (English); screens show a translated message for the code first. */
  message: string;
  /** BAD_USER_INPUT: the API's messages for each input field, keyed by the input's field name. */
  fields: Record<string, string[]>;
  /** TOO_MANY_REQUESTS: how long to wait. */
  retryAfterSeconds: number | null;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

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
 * Reads an Apollo error into a Problem. Branches only on `extensions.code` (README, "Errors"):
 * messages are for people and may be reworded. A code the client does not know is treated as a
 * server fault rather than guessed at.
 */
export function problemOf(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions as Record<string, unknown> | undefined;
    const code = typeof extensions?.['code'] === 'string' ? extensions['code'] : '';
    const retry = extensions?.['retryAfterSeconds'];
    return {
      code: KNOWN_CODES.has(code) ? (code as ErrorCode) : ErrorCode.INTERNAL_SERVER_ERROR,
      message: first?.message ?? '',
      fields: fieldsOf(extensions),
      retryAfterSeconds: typeof retry === 'number' ? retry : null,
    };
  }
  if (ServerError.is(error) && error.statusCode >= 500) {
    return {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: error.message,
      fields: {},
      retryAfterSeconds: null,
    };
  }
  // fetch failed, the server could not be reached, or answered something that is not GraphQL.
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'NETWORK', message, fields: {}, retryAfterSeconds: null };
}

export function isProblemCode(error: unknown, code: ProblemCode): boolean {
  return error !== undefined && error !== null && problemOf(error).code === code;
}
