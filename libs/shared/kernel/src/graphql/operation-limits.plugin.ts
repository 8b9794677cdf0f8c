import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@braid/contracts';
import {
  DocumentNode,
  ExecutionArgs,
  FragmentDefinitionNode,
  getOperationAST,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  validate,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from '../context/execution';

export interface OperationLimits {
  maxDepth: number;
  /** The cost a signed-in person's operation may reach (see `operationCost`). */
  maxComplexity: number;
  /**
   * The cost an anonymous caller's operation may reach. The public pages (transparency, sign-in,
   * an invitation) ask for little; everything else an anonymous caller can reach is refused
   * anyway, so a stranger gets a small budget and cannot make the API busy for its members.
   */
  maxAnonymousComplexity: number;
  /**
   * Aliases in one document, fragments counted each time they are spread. An alias is the only
   * way to run the same resolver many times in one request (2,000 aliased `fundSummary`s kept the
   * API busy for 12 seconds); the web client uses none.
   */
  maxAliases: number;
  /**
   * Root fields of one document. Each runs on its own (a mutation in its own transaction with its
   * own audit event: 500 aliased `signOut`s answered 500 Set-Cookie headers); the web client asks
   * for at most four at once.
   */
  maxRootFields: number;
  /**
   * Whether the caller is a signed-in person: a live session, not just a cookie, which anyone can
   * make up. Asked only when an operation costs more than the anonymous budget.
   */
  isSignedIn?: (context: GraphQLContext) => Promise<boolean>;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxComplexity: 10_000,
  maxAnonymousComplexity: 1_000,
  maxAliases: 15,
  maxRootFields: 10,
};

/**
 * Tokens (names, punctuation, values) the parser reads before it gives up: Apollo's
 * `parseOptions.maxTokens`. Validating a document costs time in proportion to its size, before
 * any of the limits below can look at it: a 90 kB document of 2,000 aliases took over a second of
 * CPU just to validate. The web client's largest operation has about 160 tokens (200 with the
 * `__typename`s Apollo Client adds).
 */
export const MAX_DOCUMENT_TOKENS = 1_000;

/** Why an operation was refused, in `extensions.reason` (its code is BAD_USER_INPUT). */
export const OperationLimitReason = {
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_ROOT_FIELDS: 'TOO_MANY_ROOT_FIELDS',
  TOO_COSTLY: 'QUERY_TOO_COSTLY',
  INVALID_VARIABLES: 'INVALID_VARIABLES',
} as const;
export type OperationLimitReason = (typeof OperationLimitReason)[keyof typeof OperationLimitReason];

/**
 * What one SQL statement costs, in the unit of one field resolved in memory. A resolver that
 * reads the database takes milliseconds; copying a property of a loaded row, microseconds.
 */
export const STATEMENT_COST = 10;

type Fragments = Map<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function rootFieldCount(selectionSet: SelectionSetNode, fragments: Fragments, visiting: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += rootFieldCount(selection.selectionSet, fragments, visiting);
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(selection.name.value)) continue;
      visiting.add(selection.name.value);
      count += rootFieldCount(fragment.selectionSet, fragments, visiting);
      visiting.delete(selection.name.value);
    }
  }
  return count;
}

/**
 * Aliases as executed: a fragment spread twice counts its aliases twice. Counting stops past
 * `stopAt`, so a document whose fragments spread each other many times over is not walked in full.
 */
function aliasCount(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  visiting: Set<string>,
  stopAt: number,
): number {
  if (!selectionSet) return 0;
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (count > stopAt) break;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias && selection.alias.value !== selection.name.value) count++;
      count += aliasCount(selection.selectionSet, fragments, visiting, stopAt - count);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasCount(selection.selectionSet, fragments, visiting, stopAt - count);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      count += aliasCount(fragment.selectionSet, fragments, visiting, stopAt - count);
      visiting.delete(name);
    }
  }
  return count;
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is bounded by the schema itself (and off in production).
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  return depthOf(operation.selectionSet, fragmentsOf(document), new Set());
}

export function operationAliases(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  stopAt = Number.MAX_SAFE_INTEGER,
): number {
  return aliasCount(operation.selectionSet, fragmentsOf(document), new Set(), stopAt);
}

export function operationRootFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  return rootFieldCount(operation.selectionSet, fragmentsOf(document), new Set());
}

/** A page of `first: n` holds n rows: everything asked of a row is asked n times. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  return first === undefined ? undefined : 1 + childComplexity * Math.max(first, 1);
};

/**
 * NestJS gives every plain `@Field` a resolver of this name that reads the property of the loaded
 * row; a `@ResolveField` replaces it with the method's own. (Pinned by the operation limits e2e
 * suite: plain fields must price as none, resolved ones as one statement.)
 */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * The SQL statements a field runs. A root field, and a field with a resolver of its own (a
 * DataLoader batch, an aggregate), runs one unless its declaration says how many
 * (`complexity` on `@Query`, `@Mutation` or `@ResolveField`). A plain property runs none.
 */
export function statementsOf(field: GraphQLField<unknown, unknown>, isRoot: boolean): number {
  const declared = field.extensions?.['complexity'];
  if (typeof declared === 'number') return declared;
  if (isRoot) return 1;
  return field.resolve && field.resolve.name !== NEST_PROPERTY_RESOLVER ? 1 : 0;
}

/**
 * The statements of a field count once, whatever the size of the page around it: nested fields
 * are batched per request (DataLoader), one statement for all the rows of a page.
 */
function statementEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  return ({ type, field, childComplexity }) =>
    STATEMENT_COST * statementsOf(field, roots.has(type as never)) + childComplexity;
}

/**
 * An operation's cost: one per field per row it returns (pages priced by their `first`), plus
 * `STATEMENT_COST` per SQL statement its resolvers run. Throws a GraphQLError for variables that
 * do not fit the operation.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  const common = { schema, query: document, operationName, variables };
  const rows = getComplexity({
    ...common,
    estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  const statements = getComplexity({ ...common, estimators: [statementEstimator(schema)] });
  return rows + statements;
}

/** What a scalar said about a value it refused (e.g. Cents: reason AMOUNT_TOO_LARGE, maxCents). */
function scalarDetails(error: unknown): Record<string, unknown> {
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  if (!(inner instanceof GraphQLError)) return {};
  const { code: _code, ...details } = inner.extensions ?? {};
  return details;
}

function refuse(
  reason: OperationLimitReason,
  message: string,
  details: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason, http: { status: 400 }, ...details },
  });
}

/** One operation, resolved against the schema, as the limits judge it. */
export interface OperationToJudge {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  context: GraphQLContext;
}

/**
 * Throws the refusal (a GraphQLError, BAD_USER_INPUT with its reason) for an operation that is
 * too wide, too deep or too costly for its caller. The one judge of both transports: Apollo's
 * plugin below for HTTP, `limitedSubscription` for the websocket.
 */
export async function assertWithinOperationLimits(
  limits: OperationLimits,
  { schema, document, operation, operationName, variables, context }: OperationToJudge,
): Promise<void> {
  const aliases = operationAliases(document, operation, limits.maxAliases);
  if (aliases > limits.maxAliases) {
    throw refuse(
      OperationLimitReason.TOO_MANY_ALIASES,
      `This document uses more than ${limits.maxAliases} aliases.`,
      { maxAliases: limits.maxAliases },
    );
  }
  const rootFields = operationRootFields(document, operation);
  if (rootFields > limits.maxRootFields) {
    throw refuse(
      OperationLimitReason.TOO_MANY_ROOT_FIELDS,
      `This document asks for ${rootFields} root fields; the limit is ${limits.maxRootFields}.`,
      { rootFields, maxRootFields: limits.maxRootFields },
    );
  }
  const depth = operationDepth(document, operation);
  if (depth > limits.maxDepth) {
    throw refuse(
      OperationLimitReason.TOO_DEEP,
      `This query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`,
      { depth, maxDepth: limits.maxDepth },
    );
  }
  let complexity: number;
  try {
    complexity = operationCost(schema, document, operationName, variables);
  } catch (error) {
    // Pricing coerces the variables first: a variable of the wrong type is the caller's
    // mistake, and must not surface as a server error.
    throw refuse(
      OperationLimitReason.INVALID_VARIABLES,
      error instanceof Error ? error.message : 'The variables are not valid.',
      // A scalar that refused a value may say why (Cents: AMOUNT_TOO_LARGE with maxCents).
      scalarDetails(error),
    );
  }
  // A stranger never gets more than a member, whatever the two settings say.
  const anonymousBudget = Math.min(limits.maxAnonymousComplexity, limits.maxComplexity);
  if (complexity <= anonymousBudget) return;
  const signedIn = limits.isSignedIn ? await limits.isSignedIn(context) : true;
  const maxComplexity = signedIn ? limits.maxComplexity : anonymousBudget;
  if (complexity > maxComplexity) {
    throw refuse(
      OperationLimitReason.TOO_COSTLY,
      signedIn
        ? `This query costs ${complexity}; the limit is ${maxComplexity}.`
        : `This query costs ${complexity}; the limit without signing in is ${maxComplexity}.`,
      { complexity, maxComplexity },
    );
  }
}

/**
 * Refuses operations that are too deep, too wide or too costly before any resolver runs, and
 * without reading the database unless the caller's budget depends on who they are.
 */
export function operationLimitsPlugin(
  settings: Partial<OperationLimits> = {},
): ApolloServerPlugin<GraphQLContext> {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...settings };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          if (!operation) return;
          await assertWithinOperationLimits(limits, {
            schema,
            document,
            operation,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            context: contextValue,
          });
        },
      };
    },
  };
}

/** What a client sends to start an operation on the websocket (graphql-ws's `subscribe` payload). */
export interface IncomingOperation {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** Apollo's codes for a document it cannot parse or validate, which `formatGraphQLError` maps. */
function tagged(
  error: GraphQLError,
  code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED',
): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/**
 * An operation arriving on the websocket, which Apollo never sees, held to the same rules as one
 * over HTTP and in the same order: parsed with the token limit, validated, then judged by
 * `assertWithinOperationLimits`. Returns what graphql-ws's `onSubscribe` returns: the arguments
 * to execute (so the document is parsed once), or the errors that refuse it.
 */
export async function limitedSubscription(
  settings: Partial<OperationLimits>,
  schema: GraphQLSchema,
  incoming: IncomingOperation,
  context: GraphQLContext,
): Promise<ExecutionArgs | readonly GraphQLError[]> {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...settings };
  let document: DocumentNode;
  try {
    document = parse(incoming.query, { maxTokens: MAX_DOCUMENT_TOKENS });
  } catch (error) {
    if (error instanceof GraphQLError) return [tagged(error, 'GRAPHQL_PARSE_FAILED')];
    throw error;
  }
  const invalid = validate(schema, document);
  if (invalid.length) return invalid.map((error) => tagged(error, 'GRAPHQL_VALIDATION_FAILED'));
  const operationName = incoming.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  // graphql-ws answers a document without a single operation to run itself.
  if (operation) {
    const variables = incoming.variables ?? {};
    try {
      await assertWithinOperationLimits(limits, {
        schema,
        document,
        operation,
        operationName,
        variables,
        context,
      });
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
  }
  return {
    schema,
    document,
    operationName,
    variableValues: incoming.variables ?? undefined,
    contextValue: context,
  };
}
