import { ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldProblem } from './braid-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Text no column can hold and no validator can read: a NUL character (PostgreSQL refuses it in
 * text) and a lone UTF-16 surrogate (validator.js's byte-length check throws URIError on it).
 * Both used to surface as server errors (found by the fuzz suite).
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is looked for
const UNREADABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unreadableText(value: unknown, path: string, found: FieldProblem[], depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    if (UNREADABLE_TEXT.test(value))
      found.push({ field: path, messages: [`${path || 'text'} contains characters that cannot be stored`] });
  } else if (
    value &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) &&
    depth < 10
  ) {
    for (const [key, child] of Object.entries(value))
      unreadableText(child, path ? `${path}.${key}` : key, found, depth + 1);
  }
  return found;
}

/** Refuses unreadable text anywhere in an argument before class-validator looks at it. */
class BraidValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the request context) are the server's own objects, not input.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const problems = unreadableText(
      value,
      metadata.data && typeof value !== 'object' ? metadata.data : '',
      [],
    );
    if (problems.length) throw new BadInputError('UNREADABLE_TEXT', problems[0].messages[0], problems);
    return super.transform(value, metadata);
  }
}

/**
 * class-validator on every input, refusing unknown properties, with the problems listed per field
 * so a form can show each message beside its input.
 */
export function createValidationPipe(): PipeTransform {
  return new BraidValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const first = fields[0]?.messages[0] ?? 'The input is not valid.';
      return new BadInputError(
        'INVALID_INPUT',
        fields.length > 1 ? `${first} (and ${fields.length - 1} more)` : first,
        fields,
      );
    },
  });
}
