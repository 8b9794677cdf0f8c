import { Client, createClient, FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLClient } from './graphql-client';

/** What a subscription message carries: data, or errors as the server formatted them. */
export type ExecutionResult<T> = FormattedExecutionResult<T, unknown>;

export interface Subscription<T> {
  /** The next result, or a failure if none arrives within `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Resolves to null if nothing arrives within `ms`: for asserting that nothing was sent. */
  nothingWithin(ms: number): Promise<ExecutionResult<T> | null>;
  close(): Promise<void>;
}

/** One websocket to /graphql, as one browser tab holds it, carrying any number of subscriptions. */
export interface LiveConnection {
  subscribe<T>(query: string, variables?: Record<string, unknown>): Subscription<T>;
  /** Closes the websocket (every subscription on it with it). */
  close(): Promise<void>;
}

/** A graphql-ws connection opened with the client's session cookie on the upgrade request. */
export function connect(client: GraphQLClient): LiveConnection {
  const cookie = client.sessionCookie;
  const ws: Client = createClient({
    url: client.baseUrl.replace(/^http/, 'ws') + '/graphql',
    retryAttempts: 0,
    lazy: true,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
  });
  return {
    subscribe: <T>(query: string, variables: Record<string, unknown> = {}) =>
      subscription<T>(ws.iterate<T>({ query, variables })),
    close: () => Promise.resolve(ws.dispose()),
  };
}

/**
 * A graphql-ws subscription as a browser would open it: a websocket to /graphql carrying the
 * client's session cookie on the upgrade request.
 */
export function subscribe<T>(
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const connection = connect(client);
  const opened = connection.subscribe<T>(query, variables);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await connection.close();
    },
  };
}

function subscription<T>(iterator: AsyncIterableIterator<ExecutionResult<T>>): Subscription<T> {
  let pending: Promise<IteratorResult<ExecutionResult<T>>> | null = null;
  const take = () => (pending ??= iterator.next());
  const within = <R>(ms: number, promise: Promise<R>, onTimeout: () => R | never): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => {
        try {
          resolve(onTimeout());
        } catch (error) {
          reject(error);
        }
      }, ms);
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  const consume = (result: IteratorResult<ExecutionResult<T>>) => {
    pending = null;
    if (result.done) throw new Error('The subscription ended');
    return result.value;
  };
  return {
    next: async (timeoutMs = 5_000) =>
      consume(
        await within(timeoutMs, take(), () => {
          throw new Error(`No subscription message within ${timeoutMs} ms`);
        }),
      ),
    nothingWithin: async (ms) => {
      const result = await within<IteratorResult<ExecutionResult<T>> | null>(ms, take(), () => null);
      return result ? consume(result) : null;
    },
    close: async () => {
      await iterator.return?.();
    },
  };
}
