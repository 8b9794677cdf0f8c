import {
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  IntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { GraphQLClient } from './graphql-client';

/** The schema the running API serves (a non-production app answers introspection). */
export async function servedSchema(client: GraphQLClient): Promise<GraphQLSchema> {
  const introspection = await client.data<IntrospectionQuery>(getIntrospectionQuery());
  return buildClientSchema(introspection);
}

export interface RootOperation {
  /** `Query.grant`, `Mutation.releaseDisbursement`, `Subscription.motionUpdated` */
  key: string;
  type: 'Query' | 'Mutation' | 'Subscription';
  field: GraphQLField<unknown, unknown>;
}

export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const roots: [RootOperation['type'], GraphQLObjectType | null | undefined][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([type, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({ key: `${type}.${field.name}`, type, field })),
  );
}

/** Whether an argument of this type carries an ID anywhere (directly, in a list, in an input object). */
export function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesId(field.type, seen));
}

/** Object types (not connections, payloads or root types) that have an `id` field. */
export function typesWithId(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap())
    .filter((type: GraphQLNamedType): type is GraphQLObjectType => isObjectType(type))
    .filter((type) => !type.name.startsWith('__') && 'id' in type.getFields());
}

export { isListType, isNonNullType };
