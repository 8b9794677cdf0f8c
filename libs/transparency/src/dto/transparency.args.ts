import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class TransparencyArgs {
  @Field({ description: 'The collaborative\'s short name, e.g. "healing-south-stockton".' })
  @IsString()
  @MaxLength(100)
  // The shape createCollaborative accepts: anything else cannot name a collaborative.
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters, digits and dashes' })
  slug: string;
}
