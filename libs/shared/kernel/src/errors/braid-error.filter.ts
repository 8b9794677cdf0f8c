import { ErrorCode } from '@braid/contracts';
import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { BadInputError, BraidError, NotFoundError } from './braid-error';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * One place where failures leave the API.
 * - GraphQL: errors go on to Apollo, whose formatter maps them to the documented codes (and logs
 *   only the unexpected ones); Nest's own HTTP exceptions become named errors first.
 * - REST (CSV exports, downloads): the same named errors answer with the matching HTTP status and
 *   the same `code` a GraphQL client reads; anything else is a logged 500 with no detail.
 */
@Catch()
export class BraidExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Braid');

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      if (error instanceof HttpException && !(error instanceof BraidError)) {
        return error.getStatus() === HttpStatus.NOT_FOUND
          ? new NotFoundError('Resource')
          : new BadInputError('INVALID_INPUT', error.message);
      }
      return error;
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      // A streamed export failed midway: the status is gone already; cut the body short rather
      // than let a truncated file look complete.
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.destroy();
      return undefined;
    }
    const request = host.switchToHttp().getRequest<{ path?: string }>();
    // Nest turns body-parser's SyntaxError (malformed JSON) into a bare BadRequestException before
    // filters see it; on /graphql nothing else reaches this HTTP filter as a 400 (Apollo answers its
    // own refusals), so it is the body parser's refusal and is answered as one.
    const bodyError: RequestBodyError | null = isRequestBodyError(error)
      ? error
      : request.path === '/graphql' && error instanceof BadRequestException
        ? { status: HttpStatus.BAD_REQUEST, type: 'entity.parse.failed' }
        : null;
    if (bodyError) {
      // The body parser refused the request (too large, not JSON): the caller's mistake. A GraphQL
      // client reads `errors[].extensions.code`; others read `code`, as for any refusal here.
      const message =
        bodyError.type === 'entity.too.large'
          ? `The request is larger than the limit of ${bodyError.limit} bytes.`
          : 'The request body is not valid JSON.';
      res.status(bodyError.status).json(
        request.path === '/graphql'
          ? {
              errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...bodyReason(bodyError) } }],
            }
          : { code: ErrorCode.BAD_USER_INPUT, ...bodyReason(bodyError), message },
      );
    } else if (error instanceof BraidError) {
      res
        .status(HTTP_STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
        .json({ ...error.extensions, message: error.message });
    } else if (error instanceof HttpException) {
      const status = error.getStatus();
      res.status(status).json({
        code: status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT,
        reason: status === 404 ? 'RECORD_NOT_FOUND' : 'INVALID_INPUT',
        message: error.message,
      });
    } else {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        reason: 'INTERNAL_FAULT',
        message: 'Something went wrong on our side. It has been logged.',
      });
    }
    return undefined;
  }
}

/** The body parser's `type` as one of Braid's reasons (with the limit, for a body too large). */
function bodyReason(error: { type: string; limit?: number }): Record<string, unknown> {
  return error.type === 'entity.too.large'
    ? { reason: 'REQUEST_TOO_LARGE', ...(error.limit ? { limitBytes: error.limit } : {}) }
    : { reason: 'REQUEST_NOT_JSON' };
}

interface RequestBodyError {
  status: number;
  type: string;
  limit?: number;
}

/** What Express's body parser throws (http-errors): a 4xx status and a `type` such as `entity.too.large`. */
function isRequestBodyError(error: unknown): error is RequestBodyError {
  if (!error || typeof error !== 'object') return false;
  const { status, type } = error as { status?: unknown; type?: unknown };
  return (
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof type === 'string' &&
    type.startsWith('entity.')
  );
}
