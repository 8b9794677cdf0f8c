import { Sector } from '@braid/contracts';
import { IsLocalDate, IsOptionalButNotNull, LocalDateScalar, RequiredName } from '@braid/kernel';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CreateSeatInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field()
  @RequiredName(200, 'Give the seat a name')
  name: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector: Sector;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  voting?: boolean;
}

@InputType()
export class UpdateSeatInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredName(200)
  name?: string;

  @Field(() => Sector, { nullable: true })
  @IsOptionalButNotNull()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsBoolean()
  voting?: boolean;
}

@InputType({ description: 'Seats a person (and optionally an alternate) for a term.' })
export class AssignSeatInput {
  @Field(() => ID)
  @IsUUID()
  seatId: string;

  @Field(() => ID, { nullable: true, description: 'Null leaves the seat vacant.' })
  @IsOptional()
  @IsUUID()
  holderUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  alternateUserId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  termStart?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  termEnd?: string | null;
}
