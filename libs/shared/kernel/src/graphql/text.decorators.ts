import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength, ValidationOptions, registerDecorator } from 'class-validator';
import { Trim } from './trim.decorator';

/**
 * Characters a reader cannot see or that reorder what they see: zero-width spaces and joiners,
 * the word joiner, the byte-order mark, and the bidirectional embeddings, overrides and isolates.
 * In a name they let two different people or organizations look identical on screen ("Ana" and
 * "An\u200Ba"), or make a name display backwards ("\u202Egnirtsp"), which an attack review showed.
 */
const INVISIBLE_OR_REORDERING = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** True when `value` holds no invisible or direction-changing character (see above). */
export function hasOnlyVisibleCharacters(value: string): boolean {
  return !INVISIBLE_OR_REORDERING.test(value);
}

/** Refuses text with zero-width or bidirectional control characters; other values pass through. */
export function IsVisibleText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isVisibleText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property contains invisible or direction-changing characters',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || hasOnlyVisibleCharacters(value),
      },
    });
}

/**
 * Text a person must write: trimmed first, then required, so "   " is refused exactly like "".
 * Trimming also keeps what is stored equal to what was checked (no service trims again).
 */
export const RequiredText = (maxLength: number, message?: string): PropertyDecorator =>
  applyDecorators(Trim(), IsString(), IsNotEmpty(message ? { message } : undefined), MaxLength(maxLength));

/**
 * A name people tell apart by reading it (a person, an organization, a seat, a collaborative, a
 * workgroup): required text, and nothing in it may be invisible or reorder what is shown.
 */
export const RequiredName = (maxLength: number, message?: string): PropertyDecorator =>
  applyDecorators(RequiredText(maxLength, message), IsVisibleText());
