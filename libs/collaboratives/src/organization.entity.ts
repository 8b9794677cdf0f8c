import { OrganizationKind, Sector } from '@braid/contracts';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Collaborative } from './collaborative.entity';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(Sector, { name: 'Sector', description: 'The sector a seat or organization belongs to.' });

/** A funder, a funded partner, or an organization that sits at the table (often several at once). */
@ObjectType()
@Entity('organization')
@Index('organization_name_unique', ['collaborativeId', 'name'], { unique: true })
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  collaborativeId: string;

  @ManyToOne(() => Collaborative, { nullable: false })
  @JoinColumn({ name: 'collaborative_id' })
  collaborative?: Collaborative;

  @Field()
  @Column('text')
  name: string;

  @Field(() => [OrganizationKind])
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', array: true, default: '{}' })
  kinds: OrganizationKind[];

  @Field(() => Sector, { nullable: true })
  @Column({ type: 'enum', enum: Sector, enumName: 'sector', nullable: true })
  sector: Sector | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  website: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
