import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@braid/contracts';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface OperationLimits {
  maxDepth: number;
  maxComplexity: number;
  /**
   * Root fields of one mutation document. Each runs its own transaction with its own audit event;
   * no client sends more than a few at once, and 500 aliased `signOut`s used to answer with 500
   * Set-Cookie headers (found by the reliability suite).
   */
  maxMutationFields?: number;
}

const DEFAULT_MAX_MUTATION_FIELDS = 20;

function rootFieldCount(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
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

export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 10, maxComplexity: 5000 };

/** A page of `first: n` costs n times its children: a wide page of deep nodes is priced as such. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  return first === undefined ? undefined : 1 + childComplexity * Math.max(first, 1);
};

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
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
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return depthOf(operation.selectionSet, fragments, new Set());
}

/** What a scalar said about a value it refused (e.g. Cents: reason AMOUNT_TOO_LARGE, maxCents). */
function scalarDetails(error: unknown): Record<string, unknown> {
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  if (!(inner instanceof GraphQLError)) return {};
  const { code: _code, ...details } = inner.extensions ?? {};
  return details;
}

function refuse(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 }, ...details },
  });
}

/** Refuses operations that are too deep or too costly before any resolver runs. */
export function operationLimitsPlugin(
  limits: OperationLimits = DEFAULT_OPERATION_LIMITS,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const depth = operationDepth(document, operation);
          if (depth > limits.maxDepth) {
            throw refuse(`This query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          const maxMutationFields = limits.maxMutationFields ?? DEFAULT_MAX_MUTATION_FIELDS;
          if (operation.operation === 'mutation') {
            const fragments = new Map<string, FragmentDefinitionNode>();
            for (const definition of document.definitions) {
              if (definition.kind === Kind.FRAGMENT_DEFINITION)
                fragments.set(definition.name.value, definition);
            }
            const fields = rootFieldCount(operation.selectionSet, fragments, new Set());
            if (fields > maxMutationFields) {
              throw refuse(`This document asks for ${fields} mutations; the limit is ${maxMutationFields}.`, {
                mutations: fields,
                maxMutationFields,
              });
            }
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Pricing coerces the variables first: a variable of the wrong type is the caller's
            // mistake, and must not surface as a server error.
            throw refuse(
              error instanceof Error ? error.message : 'The variables are not valid.',
              scalarDetails(error),
            );
          }
          if (complexity > limits.maxComplexity) {
            throw refuse(`This query costs ${complexity}; the limit is ${limits.maxComplexity}.`, {
              complexity,
              maxComplexity: limits.maxComplexity,
            });
          }
        },
      };
    },
  };
}
