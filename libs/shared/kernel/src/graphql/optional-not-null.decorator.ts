import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For a field of an update input that may be left out ("keep it") but has no "clear it" meaning:
 * its column is NOT NULL, or the service reads it as a value. class-validator's `@IsOptional()`
 * skips every check for null as well as for a missing field, so an explicit `null` used to reach
 * the service and fail there as a server error (found by the fuzz suite). Here only a missing
 * field skips the checks; null is refused with BAD_USER_INPUT like any other wrong value.
 */
export const IsOptionalButNotNull = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object: unknown, value: unknown) => value !== undefined),
    IsDefined({ message: '$property cannot be cleared; leave it out to keep it as it is' }),
  );
