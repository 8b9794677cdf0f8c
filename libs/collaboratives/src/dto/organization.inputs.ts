import { IsOptionalButNotNull, RequiredName } from '@braid/kernel';
import { OrganizationKind, Sector } from '@braid/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field()
  @RequiredName(200, 'Give the organization a name')
  name: string;

  @Field(() => [OrganizationKind])
  @IsEnum(OrganizationKind, { each: true })
  @ArrayMaxSize(3)
  kinds: OrganizationKind[];

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter a web address starting with https://' },
  )
  @MaxLength(500)
  website?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredName(200)
  name?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind, { each: true })
  @ArrayMaxSize(3)
  kinds?: OrganizationKind[];

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter a web address starting with https://' },
  )
  @MaxLength(500)
  website?: string | null;
}
