import { Action, SubjectName } from '@braid/contracts';
import { rulesToAST } from '@casl/ability/extra';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AppAbility } from './ability.factory';

/** The shape of @ucast conditions produced by rulesToAST, typed locally to avoid a direct dependency. */
interface AstNode {
  operator: string;
  value: unknown;
  field?: string;
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
let parameterSequence = 0;

class UnsupportedCondition extends Error {}

/**
 * Turns the caller's CASL rules for (action, subject) into a SQL condition on `alias`, so lists
 * are filtered by the database, never after loading (docs/CONVENTIONS.md, rule 3). No rule at all
 * means `1 = 0`: nothing is readable unless a rule says so. Operators this translator does not
 * know throw: silently ignoring a condition would widen access.
 */
export function accessCondition(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  alias: string,
): { sql: string; parameters: ObjectLiteral } {
  const ast = rulesToAST(ability, action, subject as never) as AstNode | null;
  if (ast === null) return { sql: '1 = 0', parameters: {} };
  const parameters: ObjectLiteral = {};
  return { sql: compile(ast, alias, parameters), parameters };
}

export function accessibleBy(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  alias: string,
): Brackets {
  const { sql, parameters } = accessCondition(ability, action, subject, alias);
  return new Brackets((qb) => qb.where(sql, parameters));
}

/** Adds the access condition to a query builder whose main alias is the subject's table. */
export function whereAccessible<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  alias = qb.alias,
): SelectQueryBuilder<T> {
  return qb.andWhere(accessibleBy(ability, action, subject, alias));
}

function compile(node: AstNode, alias: string, parameters: ObjectLiteral): string {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const children = node.value as AstNode[];
      if (children.length === 0) return node.operator === 'and' ? '1 = 1' : '1 = 0';
      const parts = children.map((child) => compile(child, alias, parameters));
      return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not': {
      const children = node.value as AstNode[];
      return `NOT (${children.map((child) => compile(child, alias, parameters)).join(' AND ')})`;
    }
    default:
      return compileField(node, alias, parameters);
  }
}

function compileField(node: AstNode, alias: string, parameters: ObjectLiteral): string {
  const field = node.field;
  if (!field || !FIELD_NAME.test(field)) {
    throw new UnsupportedCondition(
      `Access rule on "${field}" cannot be expressed in SQL (only plain columns can)`,
    );
  }
  const column = `${alias}.${field}`;
  const bind = (value: unknown): string => {
    // Names are unique per process so several conditions can share one query.
    const name = `casl_${++parameterSequence}`;
    parameters[name] = value;
    return name;
  };
  const value = node.value;
  switch (node.operator) {
    case 'eq':
      return value === null ? `${column} IS NULL` : `${column} = :${bind(value)}`;
    case 'ne':
      return value === null ? `${column} IS NOT NULL` : `${column} IS DISTINCT FROM :${bind(value)}`;
    case 'in': {
      const values = value as unknown[];
      return values.length === 0 ? '1 = 0' : `${column} IN (:...${bind(values)})`;
    }
    case 'nin': {
      const values = value as unknown[];
      return values.length === 0 ? '1 = 1' : `${column} NOT IN (:...${bind(values)})`;
    }
    case 'lt':
      return `${column} < :${bind(value)}`;
    case 'lte':
      return `${column} <= :${bind(value)}`;
    case 'gt':
      return `${column} > :${bind(value)}`;
    case 'gte':
      return `${column} >= :${bind(value)}`;
    default:
      throw new UnsupportedCondition(`Access rule operator "${node.operator}" has no SQL translation`);
  }
}
