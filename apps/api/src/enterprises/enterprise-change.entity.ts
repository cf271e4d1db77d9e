import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm'
import { Enterprise } from './enterprise.entity.js'

export interface FieldChange {
  field: string
  from: string | number | boolean | null
  to: string | number | boolean | null
}

/** One saved edit of an enterprise's profile: who, when, which fields from → to. */
@Entity('enterprise_changes')
@Index('enterprise_changes_by_enterprise', ['uscc', 'at'])
export class EnterpriseChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string

  @Column({ type: 'char', length: 18 })
  uscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uscc' })
  enterprise?: Enterprise

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date

  @Column({ name: 'actor_sub', type: 'varchar', length: 255 })
  actorSub!: string

  @Column({ name: 'actor_username', type: 'varchar', length: 100 })
  actorUsername!: string

  @Column({ type: 'jsonb' })
  changes!: FieldChange[]
}
