import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { problemOf } from './problem';

function graphQLError(extensions: Record<string, unknown>, message = 'The API said no.') {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('reading API errors', () => {
  it('reads the documented code and the per-field messages of BAD_USER_INPUT', () => {
    const problem = problemOf(
      graphQLError({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'email', messages: ['Enter an email address such as name@example.org'] },
          { field: 'roles', messages: ['Choose at least one role'] },
        ],
      }),
    );
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.fields).toEqual({
      email: ['Enter an email address such as name@example.org'],
      roles: ['Choose at least one role'],
    });
  });

  it('keeps how long to wait after too many sign-ins', () => {
    const problem = problemOf(graphQLError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 }));
    expect(problem).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 });
  });

  it('treats a code it does not know as a server fault instead of guessing', () => {
    expect(problemOf(graphQLError({ code: 'GRAPHQL_VALIDATION_FAILED' })).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('tells a network failure apart from an answer', () => {
    expect(problemOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('ignores malformed field lists rather than failing', () => {
    expect(problemOf(graphQLError({ code: 'BAD_USER_INPUT', fields: 'email' })).fields).toEqual({});
  });
});
