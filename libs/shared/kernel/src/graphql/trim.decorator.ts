import { Transform } from 'class-transformer';

/** Trims surrounding white space before validation: a pasted " name@example.org " is still an email. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
