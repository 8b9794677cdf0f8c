import { EmailDelivery, NotificationCategory } from '@braid/contracts';
import { PageArgs } from '@braid/kernel';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsEnum, IsUUID } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only those not read yet.' })
  @IsBoolean()
  unreadOnly = false;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationCategory)
  @IsEnum(NotificationCategory)
  category: NotificationCategory;

  @Field(() => EmailDelivery)
  @IsEnum(EmailDelivery)
  email: EmailDelivery;

  @Field({ description: 'Whether the inbox shows this category.' })
  @IsBoolean()
  inApp: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  ids: string[];
}
