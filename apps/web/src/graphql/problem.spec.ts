import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { figuresOf, problemOf, problemsOf } from './problem';

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

describe('reading why the API refused', () => {
  it('keeps the reason and its figures, and nothing of the API’s message', () => {
    const problem = problemOf(
      graphQLError(
        { code: 'BAD_USER_INPUT', reason: 'OVER_RECEIPT', outstandingCents: '5000000', currency: 'USD' },
        'That is more than the pledge: only USD 50000.00 is still expected.',
      ),
    );
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'OVER_RECEIPT',
      figures: { outstandingCents: '5000000', currency: 'USD' },
      fields: {},
      retryAfterSeconds: null,
    });
    expect(JSON.stringify(problem)).not.toContain('USD 50000.00');
  });

  it('treats a reason this page does not know as no reason, so the code’s sentence is used', () => {
    expect(problemOf(graphQLError({ code: 'CONFLICT', reason: 'SomethingNew' })).reason).toBeNull();
  });

  it('types the figures by reason, and only for that reason', () => {
    const problem = problemOf(
      graphQLError({
        code: 'CONFLICT',
        reason: 'DISBURSEMENT_ON_HOLD',
        holds: [{ hold: 'REPORT_CHANGES_REQUESTED', periodStart: '2026-01-01', periodEnd: '2026-03-31' }],
      }),
    );
    expect(figuresOf(problem, 'DISBURSEMENT_ON_HOLD')?.holds).toHaveLength(1);
    expect(figuresOf(problem, 'INSUFFICIENT_FUNDS')).toBeNull();
  });

  it('reads every refusal of a document that was refused more than once', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'a', extensions: { code: 'NOT_FOUND', reason: 'RECORD_NOT_FOUND', subject: 'Seat' } },
        { message: 'b', extensions: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' } },
      ],
    });
    expect(problemsOf(error).map((problem) => problem.code)).toEqual(['NOT_FOUND', 'UNAUTHENTICATED']);
  });
});
