import { EmailDelivery, NotificationCategory } from '@braid/contracts';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@braid/identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(EmailDelivery, {
  name: 'EmailDelivery',
  description: 'How a person hears about a category by email.',
});

/**
 * A person's choice for one category. Without a row the defaults of `preferences.ts` apply, so a
 * new member hears about what needs them without setting anything up.
 */
@ObjectType()
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => NotificationCategory)
  @PrimaryColumn({ type: 'enum', enum: NotificationCategory, enumName: 'notification_category' })
  category: NotificationCategory;

  @Field(() => EmailDelivery)
  @Column({ type: 'enum', enum: EmailDelivery, enumName: 'email_delivery' })
  email: EmailDelivery;

  @Field({ description: 'Whether the inbox shows this category.' })
  @Column('boolean')
  inApp: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
