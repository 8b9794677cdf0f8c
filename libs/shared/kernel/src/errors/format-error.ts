import { ErrorCode, type FailureReason, isFailureReason } from '@braid/contracts';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isConnectionLoss } from '../persistence/connection-loss';
import { BraidError } from './braid-error';

const logger = new Logger('GraphQL');

/** graphql-js's parser, stopped by `maxTokens` (MAX_DOCUMENT_TOKENS). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * Codes Apollo produces for malformed requests. They are all the caller's mistake, so clients see
 * the one documented code, BAD_USER_INPUT, with Apollo's own code kept as `reason`.
 */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * PostgreSQL refusals that reach the API without a domain check in front of them are still the
 * caller's problem, not a server fault: they map to a documented code.
 */
function fromDatabase(
  error: QueryFailedError,
): { code: ErrorCode; reason: FailureReason; message: string } | null {
  const pg = error.driverError as PgError;
  switch (pg.code) {
    case '23505':
      return { code: ErrorCode.CONFLICT, reason: 'RECORD_EXISTS', message: 'That record already exists.' };
    case '23503':
      return {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'UNKNOWN_REFERENCE',
        message: 'That refers to a record that does not exist.',
      };
    case '23514':
      return {
        code: ErrorCode.CONFLICT,
        reason: 'RECORD_RULE_BROKEN',
        message: 'That change would break a rule of the record.',
      };
    case '40001':
    case '40P01':
      return {
        code: ErrorCode.CONFLICT,
        reason: 'CHANGED_CONCURRENTLY',
        message: 'Someone else changed this at the same moment; try again.',
      };
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22001':
    case '22021':
    case '22P05':
      return {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'VALUE_MALFORMED',
        message: 'A value is not in the expected form.',
      };
    default:
      return null;
  }
}

/**
 * graphql-js suggests names close to a misspelt one ("Did you mean releaseDisbursement?") in
 * validation errors and in variable and enum coercion errors alike. With introspection off, that
 * is the schema leaking one guess at a time: production drops the suggestion and keeps the rest.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

export function formatGraphQLError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const strip = (value: GraphQLFormattedError): GraphQLFormattedError => {
      if (!production) return value;
      const message = withoutSuggestions(value.message);
      if (!value.extensions) return { ...value, message };
      const { stacktrace: _stacktrace, ...extensions } = value.extensions;
      return { ...value, message, extensions };
    };

    if (original instanceof BraidError) {
      // The constructor's types already demand a known reason; this guards what types cannot see
      // (an error built from a cast), so the client never meets a reason it has no sentence for.
      if (!isFailureReason(formatted.extensions?.['reason']))
        logger.error(`${original.name} carries no known reason: ${String(formatted.extensions?.['reason'])}`);
      return strip(formatted);
    }

    if (original instanceof QueryFailedError) {
      const mapped = fromDatabase(original);
      if (mapped) {
        return strip({
          ...formatted,
          message: mapped.message,
          extensions: { ...formatted.extensions, code: mapped.code, reason: mapped.reason },
        });
      }
    }

    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      APOLLO_REQUEST_CODES.has(code) &&
      (original instanceof GraphQLError || !original)
    ) {
      // A scalar may name its own reason (VALUE_MALFORMED); Apollo's BAD_USER_INPUT is a bad variable.
      const own = formatted.extensions?.['reason'];
      const reason: FailureReason = isFailureReason(own)
        ? own
        : code === ErrorCode.BAD_USER_INPUT
          ? 'INVALID_INPUT'
          : TOKEN_LIMIT.test(formatted.message)
            ? 'TOO_MANY_TOKENS'
            : (code as FailureReason);
      return strip({
        ...formatted,
        extensions: { ...formatted.extensions, reason, code: ErrorCode.BAD_USER_INPUT },
      });
    }

    if (isConnectionLoss(original)) {
      // A database restart or failover: the request is answered, and the next one gets a new connection.
      logger.warn(`Database connection lost during a request: ${(original as Error).message}`);
      return {
        message: 'The connection to the database was lost. Try again in a moment.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'DATABASE_CONNECTION_LOST' },
      };
    }

    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message: production ? 'Something went wrong on our side. It has been logged.' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: production
        ? { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'INTERNAL_FAULT' }
        : { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'INTERNAL_FAULT' },
    };
  };
}
