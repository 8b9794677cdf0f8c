import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '@braid/kernel';

@ArgsType()
export class CollaborativeScopedArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;
}

@ArgsType()
export class MembershipsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  collaborativeId: string;
}
