import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isConnectionLoss } from './connection-loss';

/** A pg DatabaseError as pg builds it from the server's ErrorResponse. */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isConnectionLoss', () => {
  it('knows a terminated, shut down or unreachable server, as TypeORM and pg report it', () => {
    const terminated = pgError('57P01', 'terminating connection due to administrator command');
    expect(isConnectionLoss(new QueryFailedError('SELECT 1', [], terminated))).toBe(true);
    expect(isConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLoss(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isConnectionLoss(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isConnectionLoss(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
  });

  it('leaves statements the database refused, and everything else, as they were', () => {
    expect(isConnectionLoss(new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key')))).toBe(false);
    expect(isConnectionLoss(new QueryFailedError('SELECT', [], pgError('40001', 'could not serialize')))).toBe(false);
    expect(isConnectionLoss(new TypeError('x is undefined'))).toBe(false);
    expect(isConnectionLoss('terminated')).toBe(false);
  });
});
