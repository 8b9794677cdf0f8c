import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@braid/contracts';

/**
 * Set on an operation whose UNAUTHENTICATED answer is part of its own story (a wrong password on
 * sign-in; "you already have an account" on accepting an invitation), so it is not read as
 * "the session has ended".
 */
export const EXPECTS_UNAUTHENTICATED = { expectsUnauthenticated: true } as const;

export interface BraidClientOptions {
  /** The session has ended (expired, signed out elsewhere): the app sends the person to sign in. */
  onUnauthenticated: () => void;
  uri?: string;
}

interface PageOf {
  nodes: readonly unknown[];
  pageInfo: unknown;
}

/**
 * Cursor pages ("load more") appended in the cache: one list per collaborative, grown by each
 * `after` page, restarted when a page is asked for without a cursor.
 */
function appendPages(keyArgs: string[]) {
  return {
    keyArgs,
    merge(
      existing: PageOf | undefined,
      incoming: PageOf,
      { args }: { args: Record<string, unknown> | null },
    ): PageOf {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/** The cache and its policies, shared with the component tests so they exercise the same merging. */
export function createBraidCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          memberships: appendPages(['collaborativeId']),
        },
      },
    },
  });
}

export function createBraidClient(options: BraidClientOptions): ApolloClient {
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    if (operation.getContext()['expectsUnauthenticated']) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === ErrorCode.UNAUTHENTICATED)
    ) {
      options.onUnauthenticated();
    }
  });

  // The session is an httpOnly cookie set by the API on this same origin: no token ever lives in
  // JavaScript, and the browser sends the cookie only to us.
  const http = new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, http]),
    cache: createBraidCache(),
  });
}
