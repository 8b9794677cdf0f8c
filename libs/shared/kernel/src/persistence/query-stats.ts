import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Logger, QueryRunner } from 'typeorm';

interface RequestQueries {
  count: number;
}

const storage = new AsyncLocalStorage<RequestQueries>();

export const SQL_QUERIES_HEADER = 'x-braid-sql-queries';

/**
 * Counts the SQL statements each HTTP request runs and reports the number in a response header,
 * so tests and the benchmark can show that a page of 200 costs as many queries as a page of 2
 * (no N+1). Off unless BRAID_QUERY_STATS is set.
 */
export function queryStatsMiddleware(req: Request, res: Response, next: NextFunction): void {
  const queries: RequestQueries = { count: 0 };
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!res.headersSent) res.setHeader(SQL_QUERIES_HEADER, String(queries.count));
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  storage.run(queries, next);
}

/** TypeORM's logger: counts statements for the current request; logs migrations and slow queries. */
export class QueryStatsLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const queries = storage.getStore();
    if (queries) queries.count += 1;
  }

  logQueryError(): void {
    // Failed statements reach the caller as exceptions, mapped to documented error codes.
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(): void {
    // Braid never synchronizes the schema.
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
