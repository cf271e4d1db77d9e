import { Check, Column, Entity, PrimaryColumn } from 'typeorm'
import { TimeColumn } from '../common/time-column.js'

/** The administrator's deadline policy: one row (id 1) when set; none = the environment's default. */
@Entity('deadline_policy')
@Check('deadline_policy_one_row', '"id" = 1')
export class DeadlinePolicyRow {
  @PrimaryColumn({ type: 'smallint' })
  id!: number

  @Column({ name: 'accept_days', type: 'int' })
  acceptDays!: number

  @Column({ name: 'simple_days', type: 'int' })
  simpleDays!: number

  @Column({ name: 'complex_days', type: 'int' })
  complexDays!: number

  /** Working days after an answer before an unrated appeal closes itself. */
  @Column({ name: 'rate_days', type: 'int' })
  rateDays!: number

  @Column({ name: 'reminder_hours', type: 'int' })
  reminderHours!: number

  /** 即将超期: due today or within this many next working days. */
  @Column({ name: 'due_soon_days', type: 'int', default: 1 })
  dueSoonDays!: number

  /** null: the environment's default (a row set before this setting existed). */
  @Column({ name: 'open_data_days', type: 'int', nullable: true })
  openDataDays!: number | null

  @TimeColumn('updated_at')
  updatedAt!: Date

  @Column({ name: 'updated_by', type: 'varchar', length: 100 })
  updatedBy!: string

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'updated_by_name', type: 'varchar', length: 200, nullable: true })
  updatedByName!: string | null
}
