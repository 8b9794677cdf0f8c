import { ErrorCode } from '@braid/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { BraidError } from './braid-error';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * REST endpoints (CSV exports) throw the same named errors as resolvers; this answers them with
 * the HTTP status and the same `code` a GraphQL client would read, instead of a bare 500. Bind it
 * with `@UseFilters(BraidHttpErrorFilter)` on a controller: it also catches the guard's refusals.
 */
@Catch()
export class BraidHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(BraidHttpErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      // A streamed export failed midway: the status is already sent, so end the body short.
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.destroy();
      return;
    }
    if (error instanceof BraidError) {
      res.status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      res.status(status).json({ code: status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, message: error.message });
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side. It has been logged.' });
  }
}
