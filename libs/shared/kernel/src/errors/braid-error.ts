import { ErrorCode } from '@braid/contracts';
import { GraphQLError } from 'graphql';

/**
 * Every failure Braid expects is one of these: a GraphQL error whose `extensions.code` is one of
 * the documented codes. Domain errors (QuorumNotMet, InsufficientFunds, ...) subclass them, so the
 * mapping from a domain rule to a code lives in exactly one place: the class a rule throws.
 */
export class BraidError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

export class BadInputError extends BraidError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }
}

export class UnauthenticatedError extends BraidError {
  constructor(message = 'Please sign in to do this.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends BraidError {
  constructor(message = 'You are not allowed to do this.', details: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, details);
  }
}

/**
 * "Not found" and "not yours" answer the same: a caller must not learn that another
 * collaborative's record exists (docs/CONVENTIONS.md, rule 3).
 */
export class NotFoundError extends BraidError {
  constructor(subject: string, id?: string) {
    super(ErrorCode.NOT_FOUND, `${subject} not found.`, { subject, ...(id ? { id } : {}) });
  }
}

export class ConflictError extends BraidError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class TooManyRequestsError extends BraidError {
  constructor(message: string, retryAfterSeconds: number, details: Record<string, unknown> = {}) {
    super(ErrorCode.TOO_MANY_REQUESTS, message, { ...details, retryAfterSeconds });
  }
}
