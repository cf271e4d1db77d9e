import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { TimeColumn } from '../common/time-column.js'

/**
 * The evaluation, kept (issue 23 §2): each enterprise × measure as the rules engine last saw it.
 * Written only by the evaluation jobs (evaluations.service.ts), set-based; read by the notice audience
 * preview (an indexed count per measure and status) and the measures' funnel.
 */
@Entity('measure_evaluations')
@Index('measure_evaluations_by_measure', { synchronize: false }) // (measure_id, status) INCLUDE (uscc): migration KeptAudienceIndexes
export class MeasureEvaluation {
  @PrimaryColumn({ type: 'char', length: 18 })
  uscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uscc' })
  enterprise?: Enterprise

  @PrimaryColumn({ name: 'measure_id', type: 'varchar', length: 60 })
  measureId!: string

  /** eligible, ineligible, unknown, announced (the engine's Status). */
  @Column({ type: 'varchar', length: 12 })
  status!: string

  /** Integer yuan (bigint, read as strings); null as the engine's `amount`. */
  @Column({ name: 'amount_min', type: 'bigint', nullable: true })
  amountMin!: string | null

  @Column({ name: 'amount_max', type: 'bigint', nullable: true })
  amountMax!: string | null

  @Column({ name: 'per_person_min', type: 'bigint', nullable: true })
  perPersonMin!: string | null

  @Column({ name: 'per_person_max', type: 'bigint', nullable: true })
  perPersonMax!: string | null

  /**
   * The enterprise's industry fact when evaluated (null: unknown; its facts hash covers it): the
   * per-industry counts (`measure_evaluation_counts`, kept by triggers) read by the audience preview.
   */
  @Column({ type: 'varchar', length: 60, nullable: true })
  industry!: string | null

  /** A stable hash of the measure's definition (rule-version.ts): a new reading is a new version. */
  @Column({ name: 'rule_version', type: 'char', length: 16 })
  ruleVersion!: string

  /** A stable hash of the enterprise's facts when evaluated. */
  @Column({ name: 'facts_hash', type: 'char', length: 16 })
  factsHash!: string

  /** The evaluation date (Shanghai) the engine was asked about. */
  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn!: string

  @TimeColumn('evaluated_at')
  evaluatedAt!: Date
}
