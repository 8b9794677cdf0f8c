import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { BadInputError } from '../errors/braid-error';

@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new BadInputError(
        'INVALID_ID',
        `${this.name} must be an id (a UUID).`,
        [{ field: this.name, messages: ['must be a UUID'] }],
        { argument: this.name },
      );
    }
    return value;
  }
}

/** An `ID!` argument that must be a UUID; anything else is BAD_USER_INPUT before a query runs. */
export const UuidArg = (name: string): ParameterDecorator =>
  Args(name, { type: () => ID }, new UuidPipe(name));
