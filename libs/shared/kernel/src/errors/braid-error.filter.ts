import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@braid/contracts';
import type { Response } from 'express';
import { BraidError } from './braid-error';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Expected failures are answers, not incidents: they reach GraphQL clients as they are (and are
 * not logged as server errors), and REST clients (CSV exports, downloads) as the matching status.
 */
@Catch(BraidError)
export class BraidErrorFilter implements GqlExceptionFilter {
  catch(exception: BraidError, host: ArgumentsHost): BraidError | void {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    response
      .status(HTTP_STATUS[exception.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ code: exception.code, message: exception.message, ...exception.extensions });
  }
}
