import { Column, Entity, PrimaryColumn } from 'typeorm'
import { TimeColumn } from '../common/time-column.js'

/**
 * The catalogue version the kept evaluations were last fully refreshed under: one row per measure.
 * A worker compares it with the running code's rule versions at start-up and on each daily tick;
 * any difference (a new reading, a new or removed measure) re-evaluates every enterprise.
 */
@Entity('measure_rule_versions')
export class MeasureRuleVersion {
  @PrimaryColumn({ name: 'measure_id', type: 'varchar', length: 60 })
  measureId!: string

  @Column({ name: 'rule_version', type: 'char', length: 16 })
  ruleVersion!: string

  @TimeColumn('refreshed_at')
  refreshedAt!: Date
}
