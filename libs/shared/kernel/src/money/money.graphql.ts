import { DEFAULT_CURRENCY, MAX_CENTS, Money as MoneyValue, parseCents } from '@braid/contracts';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsISO4217CurrencyCode,
  IsOptional,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Column } from 'typeorm';
import { bigintTransformer } from '../persistence/column-types';

function toCents(value: unknown): bigint {
  try {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
      return parseCents(value);
  } catch {
    // fall through to the GraphQL error below
  }
  throw new GraphQLError(`"${String(value)}" is not a whole number of cents.`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'VALUE_MALFORMED' },
  });
}

/**
 * Whole cents as a decimal string ("85000000"): exact at any size, unlike a JSON number,
 * which a JavaScript client would read as a double.
 */
export const CentsScalar = new GraphQLScalarType({
  name: 'Cents',
  description: 'A whole number of minor currency units (cents), as a decimal string.',
  serialize: (value) => toCents(value).toString(),
  parseValue: toCents,
  parseLiteral: (node) =>
    toCents(node.kind === Kind.STRING || node.kind === Kind.INT ? node.value : undefined),
});

/**
 * The Money value object, stored as two columns (`<prefix>_cents` bigint, `<prefix>_currency`)
 * through TypeORM's embedded columns: `@Column(() => Money, { prefix: 'amount' })`.
 */
@ObjectType('Money')
export class Money implements MoneyValue {
  @Field(() => CentsScalar)
  @Column('bigint', { transformer: bigintTransformer })
  cents: bigint;

  @Field()
  @Column('char', { length: 3, default: DEFAULT_CURRENCY })
  currency: string;

  static of(value: MoneyValue): Money {
    return Object.assign(new Money(), { cents: value.cents, currency: value.currency });
  }
}

@ValidatorConstraint({ name: 'nonNegativeCents' })
class NonNegativeCents implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'bigint' && value >= 0n && value <= MAX_CENTS;
  }
  defaultMessage(): string {
    return 'An amount cannot be negative.';
  }
}

@InputType('MoneyInput')
export class MoneyInput {
  @Field(() => CentsScalar)
  @Validate(NonNegativeCents)
  cents: bigint;

  @Field({ defaultValue: DEFAULT_CURRENCY })
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as USD' })
  currency: string = DEFAULT_CURRENCY;
}
