import {
  DEFAULT_CURRENCY,
  formatMoney,
  isAcceptableAmount,
  MAX_AMOUNT_CENTS,
  Money as MoneyValue,
  parseCents,
  readTotalCents,
} from '@braid/contracts';
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

function notCents(value: unknown): GraphQLError {
  return new GraphQLError(`"${String(value)}" is not a whole number of cents.`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'VALUE_MALFORMED' },
  });
}

/**
 * An amount someone sends: whole cents, at most MAX_AMOUNT_CENTS either way. Every money input
 * of the API passes here (MoneyInput and every bare Cents field), so none can be larger.
 */
function toInputCents(value: unknown): bigint {
  let cents: bigint;
  try {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint')
      throw notCents(value);
    cents = parseCents(value);
  } catch {
    throw notCents(value);
  }
  if (!isAcceptableAmount(cents)) {
    throw new GraphQLError(
      `An amount can be at most ${formatMoney({ cents: MAX_AMOUNT_CENTS, currency: DEFAULT_CURRENCY })}.`,
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'AMOUNT_TOO_LARGE',
          maxCents: MAX_AMOUNT_CENTS.toString(),
        },
      },
    );
  }
  return cents;
}

/** An amount the API answers: totals may exceed bigint (SQL sums them as numeric), so no bound. */
function toOutputCents(value: unknown): string {
  try {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
      return readTotalCents(value).toString();
  } catch {
    // fall through
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
  serialize: toOutputCents,
  parseValue: toInputCents,
  parseLiteral: (node) =>
    toInputCents(node.kind === Kind.STRING || node.kind === Kind.INT ? node.value : undefined),
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
    return typeof value === 'bigint' && value >= 0n && isAcceptableAmount(value);
  }
  defaultMessage(): string {
    return `An amount cannot be negative nor more than ${formatMoney({ cents: MAX_AMOUNT_CENTS, currency: DEFAULT_CURRENCY })}.`;
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
