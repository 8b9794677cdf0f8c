import { Language } from '@braid/contracts';
import { Principal } from '@braid/kernel';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(Language, { name: 'Language', description: 'Languages Braid speaks: English and Spanish.' });

/** A person who can sign in. What they may do comes from their memberships, not from here. */
@ObjectType()
@Entity('user_account')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always stored lower-case; exposed only to the person themself (see UserResolver). */
  @Column('text', { unique: true })
  email: string;

  @Field()
  @Column('text')
  displayName: string;

  @Field(() => Language)
  @Column({ type: 'enum', enum: Language, enumName: 'language', default: Language.EN })
  preferredLanguage: Language;

  /** argon2id; null until an invited person chooses a password. */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A person acting outside a browser session (demo seeding, tests): their principal without memberships yet. */
export function principalOf(user: User): Principal {
  return {
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    preferredLanguage: user.preferredLanguage,
    sessionId: null,
    memberships: [],
  };
}
