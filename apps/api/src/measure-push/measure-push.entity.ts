import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { TimeColumn } from '../common/time-column.js'

/**
 * That an enterprise was told a measure became theirs (issue 23 §3): once per (enterprise, measure,
 * rule version) — the primary key is the promise. The funnel reads it: pushed → opened → confirmed
 * (an application) → granted (the bureau's 予以兑现).
 */
@Entity('measure_pushes')
@Index('measure_pushes_by_measure', ['measureId', 'pushedAt'])
export class MeasurePush {
  @PrimaryColumn({ type: 'char', length: 18 })
  uscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uscc' })
  enterprise?: Enterprise

  @PrimaryColumn({ name: 'measure_id', type: 'varchar', length: 60 })
  measureId!: string

  @PrimaryColumn({ name: 'rule_version', type: 'char', length: 16 })
  ruleVersion!: string

  /** The channels it went out on ('in_app', 'email'); empty when the enterprise switched both off. */
  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  channels!: string[]

  @TimeColumn('pushed_at')
  pushedAt!: Date

  @TimeColumn('opened_at', { nullable: true })
  openedAt!: Date | null

  @TimeColumn('confirmed_at', { nullable: true })
  confirmedAt!: Date | null

  /** The application (appeal of kind `application`) the confirmation made. */
  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId!: string | null
}

/** An enterprise's choice of push channels (no row: both on). */
@Entity('measure_push_settings')
export class MeasurePushSettings {
  @PrimaryColumn({ type: 'char', length: 18 })
  uscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uscc' })
  enterprise?: Enterprise

  @Column({ name: 'in_app', type: 'boolean', default: true })
  inApp!: boolean

  @Column({ type: 'boolean', default: true })
  email!: boolean

  @TimeColumn('updated_at')
  updatedAt!: Date
}
