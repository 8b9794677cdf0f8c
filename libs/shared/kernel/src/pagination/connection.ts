import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors/braid-error';

export const MAX_PAGE_SIZE = 200;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * The base of a cursor-paginated list type; subclass it with a name of its own:
 * `@ObjectType() class SeatConnection extends Connection(Seat) {}`.
 */
export function Connection<T>(node: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

export interface PageKey {
  /** Entity property; must hold an exactly representable value (text, uuid, integer, date). */
  property: string;
}

function encode(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decode(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string'))
      return values;
  } catch {
    // fall through
  }
  throw new BadInputError('INVALID_CURSOR', 'The page cursor is not valid.', [
    { field: 'after', messages: ['not a valid cursor'] },
  ]);
}

/**
 * Keyset pagination: ORDER BY the keys, resume strictly after the cursor's row. Unlike OFFSET it
 * costs the same on page 1 and page 1,000, and rows inserted meanwhile do not shift pages.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  keys: PageKey[],
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<ConnectionShape<T>> {
  const alias = qb.alias;
  const columns = keys.map((key) => `${alias}.${key.property}`);
  if (args.after) {
    const values = decode(args.after, keys.length);
    const placeholders = values.map((_, i) => `:page_${i}`);
    const parameters = Object.fromEntries(values.map((value, i) => [`page_${i}`, value]));
    qb.andWhere(
      `(${columns.join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')})`,
      parameters,
    );
  }
  columns.forEach((column, i) =>
    i === 0 ? qb.orderBy(column, direction) : qb.addOrderBy(column, direction),
  );
  const rows = await qb.take(args.first + 1).getMany();
  const hasNextPage = rows.length > args.first;
  const nodes = hasNextPage ? rows.slice(0, args.first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage,
      endCursor: last ? encode(keys.map((key) => String(last[key.property]))) : null,
    },
  };
}
