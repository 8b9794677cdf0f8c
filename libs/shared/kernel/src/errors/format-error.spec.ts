import { ErrorCode } from '@braid/contracts';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { BadInputError, ConflictError, NotAllowedError, NotFoundError } from './braid-error';
import { formatGraphQLError } from './format-error';

const format = formatGraphQLError(true);

/** What Apollo hands the formatter for an error thrown in a resolver. */
function formatted(error: GraphQLError) {
  return format({ message: error.message, extensions: { ...error.extensions } }, error);
}

describe('every error leaves the API with a reason the client has a sentence for', () => {
  it('keeps a domain error’s reason, its figures and the code that reason answers with', () => {
    class Taken extends ConflictError<'SLUG_TAKEN'> {
      constructor() {
        super('SLUG_TAKEN', 'The short name "sjhc" is already used by another collaborative.', {
          slug: 'sjhc',
        });
      }
    }
    expect(formatted(new Taken()).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'SLUG_TAKEN',
      slug: 'sjhc',
    });
    expect(formatted(new NotFoundError('Seat', 'x')).extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'RECORD_NOT_FOUND',
      subject: 'Seat',
      id: 'x',
    });
    expect(formatted(new NotAllowedError()).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED',
    });
    const invalid = new BadInputError('INVALID_INPUT', 'name must be shorter', [
      { field: 'name', messages: ['x'] },
    ]);
    expect(formatted(invalid).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [{ field: 'name', messages: ['x'] }],
    });
  });

  it('names what PostgreSQL refused when no domain rule stood in front of it', () => {
    const unique = new QueryFailedError(
      'INSERT ...',
      [],
      Object.assign(new Error('duplicate'), { code: '23505' }),
    );
    const out = format({ message: 'duplicate key', extensions: {} }, unique);
    expect(out.extensions).toMatchObject({ code: ErrorCode.CONFLICT, reason: 'RECORD_EXISTS' });
  });

  it('gives Apollo’s request errors and server faults a reason too', () => {
    const parse = format(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('Syntax Error'),
    );
    expect(parse.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    const variable = format(
      { message: 'Variable "$id" got invalid value', extensions: { code: 'BAD_USER_INPUT' } },
      new GraphQLError('Variable "$id" got invalid value'),
    );
    expect(variable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const fault = format({ message: 'boom', extensions: {} }, new Error('boom'));
    expect(fault.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_FAULT' });
  });
});
