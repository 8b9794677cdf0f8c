import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The tenant: one community collaborative with its leadership team, workgroups and fund. */
@ObjectType()
@Entity('collaborative')
export class Collaborative {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'Short name used in public addresses, e.g. "healing-south-stockton".' })
  @Column('text', { unique: true })
  slug: string;

  @Field()
  @Column('text', { default: '' })
  description: string;

  @Field({ description: 'Where the collaborative works, e.g. "South Stockton, San Joaquin County, CA".' })
  @Column('text', { default: '' })
  region: string;

  @Field({ description: 'Whether the public transparency view is published.' })
  @Column('boolean', { default: false })
  publicTransparency: boolean;

  @Field({
    description:
      'The IANA time zone the collaborative meets in, e.g. "America/Los_Angeles": its dates, deadlines and the 7:00 daily digest are local to it.',
  })
  @Column('text', { default: 'America/Los_Angeles' })
  timeZone: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
