import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm'

/** One day of the working-day calendar: the source of truth for deadlines (not the library). */
@Entity('working_days')
export class WorkingDay {
  @PrimaryColumn({ type: 'date' })
  date!: string

  @Column({ type: 'boolean' })
  working!: boolean

  /** Why the day differs from the weekday rule (holiday or 调休 name), if it does. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name!: string | null

  /** `chinese-days` (seeded) or `admin` (edited by an administrator). */
  @Column({ type: 'varchar', length: 20 })
  source!: string

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date
}
