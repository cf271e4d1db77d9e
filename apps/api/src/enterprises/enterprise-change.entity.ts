import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm'
import { LoggedByActor } from '../common/actor-columns.js'
import { Enterprise } from './enterprise.entity.js'

export interface FieldChange {
  field: string
  from: string | number | boolean | null
  to: string | number | boolean | null
}

/** One saved edit of an enterprise's profile: who, when, which fields from → to. */
@Entity('enterprise_changes')
@Index('enterprise_changes_by_enterprise', ['uscc', 'at'])
export class EnterpriseChange extends LoggedByActor {
  @Column({ type: 'char', length: 18 })
  uscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uscc' })
  enterprise?: Enterprise

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date

  @Column({ type: 'jsonb' })
  changes!: FieldChange[]
}
