import { SESSION_COOKIE } from '@braid/identity';
import { SQL_QUERIES_HEADER } from '@braid/kernel';

export interface GraphQLResult<T = unknown> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  sqlQueries: number | null;
}

export async function graphql<T = unknown>(
  baseUrl: string,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<T> & { setCookie: string | null }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLResult['errors'] };
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  const sql = response.headers.get(SQL_QUERIES_HEADER);
  return {
    data: body.data ?? null,
    errors: body.errors,
    sqlQueries: sql === null ? null : Number(sql),
    setCookie: session ?? null,
  };
}

/** The data of a request that must succeed. */
export async function mustQuery<T>(
  baseUrl: string,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<T> & { data: T }> {
  const result = await graphql<T>(baseUrl, cookie, query, variables);
  if (result.errors?.length || !result.data)
    throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors)}\n${query}`);
  return result as GraphQLResult<T> & { data: T };
}

/** Signs in through the API, as a browser would, and returns the session cookie to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const result = await graphql(
    baseUrl,
    null,
    `
      mutation SignIn($input: SignInInput!) {
        signIn(input: $input) {
          user {
            id
          }
        }
      }
    `,
    { input: { email, password } },
  );
  if (result.errors?.length || !result.setCookie)
    throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.setCookie;
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}
