import { PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldProblem } from './braid-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * class-validator on every input, refusing unknown properties, with the problems listed per field
 * so a form can show each message beside its input.
 */
export function createValidationPipe(): PipeTransform {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const first = fields[0]?.messages[0] ?? 'The input is not valid.';
      return new BadInputError(
        fields.length > 1 ? `${first} (and ${fields.length - 1} more)` : first,
        fields,
      );
    },
  });
}
