import { ActionItemStatus, WorkgroupStatus } from '@braid/contracts';
import {
  IsLocalDate,
  IsOptionalButNotNull,
  LocalDateScalar,
  PageArgs,
  RequiredName,
  RequiredText,
} from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateWorkgroupInput {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;

  @Field()
  @RequiredName(200, 'Give the workgroup a name')
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  purpose: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  leadUserIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Members besides the leads.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberUserIds: string[];
}

@InputType()
export class UpdateWorkgroupInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredName(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(4000)
  purpose?: string;

  @Field(() => WorkgroupStatus, { nullable: true })
  @IsOptionalButNotNull()
  @IsEnum(WorkgroupStatus)
  status?: WorkgroupStatus;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the leads (administrators and the chair appoint them).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  leadUserIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the members besides the leads.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberUserIds?: string[];
}

@InputType()
export class CreateActionItemInput {
  @Field(() => ID)
  @IsUUID()
  workgroupId: string;

  @Field()
  @RequiredText(500, 'Say what needs doing')
  title: string;

  @Field(() => ID)
  @IsUUID()
  ownerUserId: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @RequiredText(500)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptionalButNotNull()
  @IsUUID()
  ownerUserId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string | null;
}

@InputType({ description: 'A progress note on an action item, optionally moving its status.' })
export class PostActionUpdateInput {
  @Field(() => ID)
  @IsUUID()
  actionItemId: string;

  @Field()
  @RequiredText(4000, 'Write what happened')
  note: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;
}

@ArgsType()
export class ActionItemsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  workgroupId: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;
}

@ArgsType()
export class CollaborativeGovernanceArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;
}
