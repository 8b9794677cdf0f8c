import { Transform } from 'class-transformer';

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * Trims surrounding white space before validation: a pasted " name@example.org " is still an email.
 * A list of strings has each of its strings trimmed.
 */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trimmed) : trimmed(value)));
