import { FAILURE_CODES, isFailureReason } from '@braid/contracts';
import { DEVICE_COOKIE, SESSION_COOKIE } from '@braid/identity';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
  /** SQL statements the request ran, when the API reports them (BRAID_QUERY_STATS). */
  sqlQueries: number | null;
}

/**
 * Errors that do not name a reason known to @braid/contracts, or whose code is not that reason's
 * code. The web client words every refusal from its reason; one without would reach a person as
 * a vague sentence, so every e2e request (through this client) refuses to accept one.
 */
export function unnamedFailures(errors: readonly GraphQLErrorShape[] | undefined): string[] {
  return (errors ?? []).flatMap((error) => {
    const { code, reason } = error.extensions ?? {};
    if (!isFailureReason(reason))
      return [`${String(code)} without a known reason (${String(reason)}): ${error.message}`];
    if (FAILURE_CODES[reason] !== code)
      return [`${reason} answered ${String(code)}, not ${FAILURE_CODES[reason]}`];
    return [];
  });
}

/**
 * One browser-like client: it keeps the session cookie the API sets, so each role in a test
 * is one client signed in once.
 */
export class GraphQLClient {
  private cookie: string | null = null;
  /** The browser's known-device cookie: set at a successful sign-in, kept across sign-outs. */
  private device: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly label = 'anonymous',
  ) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  useSessionCookie(cookie: string | null): void {
    this.cookie = cookie;
  }

  /** Another client on the same session (a second tab): what it signs in or out does not touch this one. */
  clone(label = this.label): GraphQLClient {
    const copy = new GraphQLClient(this.baseUrl, label);
    copy.useSessionCookie(this.cookie);
    return copy;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie || this.device
          ? { cookie: [this.cookie, this.device].filter(Boolean).join('; ') }
          : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      if (name === DEVICE_COOKIE && value) this.device = `${DEVICE_COOKIE}=${value}`;
      if (name !== SESSION_COOKIE) continue;
      const expired = /expires=Thu, 01 Jan 1970/i.test(header) || !value;
      this.cookie = expired ? null : `${SESSION_COOKIE}=${value}`;
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    const unnamed = unnamedFailures(body.errors);
    if (unnamed.length) throw new Error(`${this.label}: ${unnamed.join('; ')}`);
    const sqlQueries = response.headers.get('x-braid-sql-queries');
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
      sqlQueries: sqlQueries === null ? null : Number(sqlQueries),
    };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`${this.label}: expected data, got ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The first error of a request that must fail; fails the test if it succeeds. */
  async error(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLErrorShape & { code: string }> {
    const response = await this.request(query, variables);
    const error = response.errors?.[0];
    if (!error) throw new Error(`${this.label}: expected an error, got ${JSON.stringify(response.data)}`);
    return { ...error, code: String(error.extensions?.code) };
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.data(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email, password },
    });
    return this;
  }
}
