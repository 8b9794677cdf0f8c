import {
  ErrorCode,
  FAILURE_CODES,
  type FailureFigures,
  type FailureReason,
  type FieldFigure,
  type ReasonWithCode,
} from '@braid/contracts';
import { GraphQLError } from 'graphql';

/**
 * Every failure Braid expects is one of these: a GraphQL error whose `extensions` carry one of the
 * documented codes, the reason (one of `FailureReason` in @braid/contracts) and that reason's
 * figures. The code follows from the reason (FAILURE_CODES), so a rule names why it refuses and the
 * mapping to a code lives in one place. The message is English, for logs and raw responses; the web
 * client writes its own sentence from the reason and the figures.
 */
export class BraidError<R extends FailureReason = FailureReason> extends GraphQLError {
  readonly code: ErrorCode;

  constructor(
    readonly reason: R,
    message: string,
    figures: FailureFigures[R],
    fields: FieldFigure[] = [],
  ) {
    const code = FAILURE_CODES[reason];
    super(message, {
      extensions: { code, reason, ...(figures as object), ...(fields.length ? { fields } : {}) },
    });
    this.code = code;
    this.name = new.target.name;
  }
}

/** Figures that are optional for reasons which have none, so `new SomeError()` reads naturally. */
type FiguresArg<R extends FailureReason> =
  FailureFigures[R] extends Record<string, never>
    ? [figures?: FailureFigures[R]]
    : [figures: FailureFigures[R]];

export type FieldProblem = FieldFigure;

export class BadInputError<
  R extends ReasonWithCode<ErrorCode.BAD_USER_INPUT> = ReasonWithCode<ErrorCode.BAD_USER_INPUT>,
> extends BraidError<R> {
  constructor(reason: R, message: string, fields: FieldProblem[] = [], ...[figures]: FiguresArg<R>) {
    super(reason, message, (figures ?? {}) as FailureFigures[R], fields);
  }
}

export class UnauthenticatedError<
  R extends ReasonWithCode<ErrorCode.UNAUTHENTICATED> = ReasonWithCode<ErrorCode.UNAUTHENTICATED>,
> extends BraidError<R> {
  constructor(reason: R = 'SIGN_IN_REQUIRED' as R, message = 'Please sign in to do this.') {
    super(reason, message, {} as FailureFigures[R]);
  }
}

export class ForbiddenError<
  R extends ReasonWithCode<ErrorCode.FORBIDDEN> = ReasonWithCode<ErrorCode.FORBIDDEN>,
> extends BraidError<R> {
  constructor(reason: R, message: string, ...[figures]: FiguresArg<R>) {
    super(reason, message, (figures ?? {}) as FailureFigures[R]);
  }
}

/** The caller may not do this; says what they tried, in the API's terms, for the client's sentence. */
export class NotAllowedError extends ForbiddenError<'NOT_ALLOWED'> {
  constructor(message = 'You are not allowed to do this.', figures: FailureFigures['NOT_ALLOWED'] = {}) {
    super('NOT_ALLOWED', message, figures);
  }
}

/**
 * "Not found" and "not yours" answer the same: a caller must not learn that another
 * collaborative's record exists.
 */
export class NotFoundError extends BraidError<'RECORD_NOT_FOUND'> {
  constructor(subject: string, id?: string) {
    super('RECORD_NOT_FOUND', `${subject} not found.`, { subject, ...(id ? { id } : {}) });
  }
}

export class ConflictError<
  R extends ReasonWithCode<ErrorCode.CONFLICT> = ReasonWithCode<ErrorCode.CONFLICT>,
> extends BraidError<R> {
  constructor(reason: R, message: string, ...[figures]: FiguresArg<R>) {
    super(reason, message, (figures ?? {}) as FailureFigures[R]);
  }
}

/** What a refused move's figures may suggest instead (`rule`), with the English words for the message. */
export interface TransitionAdvice {
  rule: NonNullable<FailureFigures['ILLEGAL_TRANSITION']['rule']>;
  advice: string;
}

/**
 * A lifecycle refused a move its table does not list (kernel/lifecycle). The one class for every
 * lifecycle: the figures name the subject and both states, and `rule` what to do instead.
 */
export class IllegalTransitionError extends ConflictError<'ILLEGAL_TRANSITION'> {
  constructor(subject: string, from: string, to: string, instead?: TransitionAdvice) {
    super(
      'ILLEGAL_TRANSITION',
      `The ${subject} cannot go from ${from} to ${to}.${instead ? ` ${instead.advice}` : ''}`,
      { subject, from, to, ...(instead ? { rule: instead.rule } : {}) },
    );
  }
}

export class TooManyRequestsError<
  R extends ReasonWithCode<ErrorCode.TOO_MANY_REQUESTS> = ReasonWithCode<ErrorCode.TOO_MANY_REQUESTS>,
> extends BraidError<R> {
  constructor(reason: R, message: string, figures: FailureFigures[R]) {
    super(reason, message, figures);
  }
}
