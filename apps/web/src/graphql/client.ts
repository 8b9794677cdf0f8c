import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { ErrorCode } from '@braid/contracts';
import { OperationTypeNode } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import { problemsOf } from './problem';

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

/** The websocket address of the same origin's /graphql (ws: beside http:, wss: beside https:). */
export function websocketUrl(
  path: string,
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): string {
  if (/^wss?:/.test(path)) return path;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path.startsWith('/') ? path : `/${path}`}`;
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
      // One object per person, without an id: the page's lists and the badge's totals are kept side by side.
      MyWork: { merge: true },
      Query: {
        fields: {
          memberships: appendPages(['collaborativeId']),
          meetings: appendPages(['collaborativeId', 'workgroupId']),
          motions: appendPages([
            'collaborativeId',
            'meetingId',
            'status',
            'outcome',
            'kind',
            'decidedFrom',
            'decidedTo',
          ]),
          actionItems: appendPages(['workgroupId', 'status']),
          reportingRequirements: appendPages(['collaborativeId', 'grantId', 'statuses']),
          // The bell's few and the inbox's pages are separate lists (`first` differs).
          notifications: appendPages(['first', 'unreadOnly']),
        },
      },
    },
  });
}

function lazySubscriptionLink(url: string): ApolloLink {
  let loaded: Promise<ApolloLink> | null = null;
  const load = () =>
    (loaded ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) =>
        new GraphQLWsLink(createClient({ url, lazy: true, retryAttempts: 5 })),
    ));
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: Subscription | null = null;
        let closed = false;
        load().then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}

export function createBraidClient(options: BraidClientOptions): ApolloClient {
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    if (operation.getContext()['expectsUnauthenticated']) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      problemsOf(error).some((problem) => problem.code === ErrorCode.UNAUTHENTICATED)
    ) {
      options.onUnauthenticated();
    }
  });

  // The session is an httpOnly cookie set by the API on this same origin: no token ever lives in
  // JavaScript, and the browser sends the cookie only to us.
  const http = new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin' });

  // Subscriptions (live vote counts) travel over graphql-ws on the same path. The browser sends the
  // session cookie with the upgrade request, which is how the API knows who is listening; `lazy`
  // opens the socket only while a page subscribes, and it reconnects after a dropped connection.
  // The websocket code is loaded with the first subscription: most pages never need it.
  const ws = lazySubscriptionLink(websocketUrl(options.uri ?? '/graphql'));
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return (
        definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION
      );
    },
    ws,
    http,
  );

  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, link]),
    cache: createBraidCache(),
  });
}
