import { Type } from '@nestjs/common';
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Clock, collaborativeTodaySql } from '../clock/clock';

/**
 * "My work": what one signed-in person has to do, across the collaboratives it covers. The kernel
 * defines the object and its scope only; each domain adds its own lists to it with
 * `@ResolveField(() => …) ` on `@Resolver(() => MyWork)` in its own library (governance: votes,
 * action items, minutes, meetings; reports: reports owed), so no domain reads another's tables and
 * the kernel knows none of them.
 */
@ObjectType({ description: 'What the signed-in person has to do; each list is bounded, with its total.' })
export class MyWork {
  @Field(() => [ID], {
    description:
      'The collaboratives covered: the one asked for, or every collaborative the person belongs to.',
  })
  collaborativeIds: string[];

  /** Whose work this is: always the caller (nobody reads another person's work). */
  userId: string;
}

/** The most rows one list of My work returns; the page shows the first few and the total. */
export const MY_WORK_MAX = 50;

@ArgsType()
export class MyWorkListArgs {
  @Field(() => Int, {
    defaultValue: 10,
    description: 'How many to return (0 for the total only, as the navigation badge asks).',
  })
  @IsInt()
  @Min(0)
  @Max(MY_WORK_MAX)
  first = 10;
}

export interface MyWorkListShape<T> {
  nodes: T[];
  totalCount: number;
}

/** A bounded list of My work: the first rows and how many there are in all. */
export function MyWorkList<T>(node: Type<T>): Type<MyWorkListShape<T>> {
  @ObjectType({ isAbstract: true })
  abstract class MyWorkListType implements MyWorkListShape<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return MyWorkListType as Type<MyWorkListShape<T>>;
}

/**
 * Today's date for My work's "overdue" and "due soon", as SQL: My work spans collaboratives, so
 * each row is dated in its own collaborative's time zone (`collaborativeTodaySql`). The statement
 * binds `:myWorkNow` to `myWorkNow(clock)`; select the expression (`to_char(…, 'YYYY-MM-DD')`) to
 * word a row's own today.
 */
export function myWorkTodaySql(collaborativeIdSql: string): string {
  return collaborativeTodaySql(':myWorkNow', collaborativeIdSql);
}

/** The parameters `myWorkTodaySql` reads. */
export function myWorkNow(clock: Clock): { myWorkNow: string } {
  return { myWorkNow: clock.now().toISOString() };
}

/**
 * The first `first` rows of a list of My work and how many there are, in one statement: the
 * total is a window count over the filtered rows, taken before the limit. With `first` 0 (the
 * badge) one row is still read for its total, and none is returned.
 */
export async function firstRowsAndTotal<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  first: number,
): Promise<{ raw: Record<string, unknown>[]; entities: T[]; totalCount: number }> {
  const { raw, entities } = await qb
    .addSelect('COUNT(*) OVER ()', 'my_work_total')
    .limit(Math.max(first, 1))
    .getRawAndEntities();
  const rows = raw as Record<string, unknown>[];
  const totalCount = rows.length ? Number(rows[0]['my_work_total']) : 0;
  return { raw: rows.slice(0, first), entities: first ? entities : [], totalCount };
}
