import { Column, Entity, Index, PrimaryColumn } from 'typeorm'

/**
 * The key and counts shared by the daily and the monthly table (TypeORM's concrete-table inheritance:
 * each entity below has its own table with all of these columns).
 */
abstract class AppealStatCounts {
  @PrimaryColumn({ type: 'varchar', length: 40 }) bureau!: string
  @PrimaryColumn({ type: 'varchar', length: 10 }) role!: string
  @PrimaryColumn({ type: 'varchar', length: 40 }) category!: string
  @PrimaryColumn({ type: 'varchar', length: 20 }) district!: string
  @Column({ type: 'int', default: 0 }) dispatched!: number
  @Column({ type: 'int', default: 0 }) accepted!: number
  @Column({ name: 'accepted_on_time', type: 'int', default: 0 }) acceptedOnTime!: number
  @Column({ type: 'int', default: 0 }) responded!: number
  @Column({ name: 'responded_on_time', type: 'int', default: 0 }) respondedOnTime!: number
  @Column({ type: 'int', default: 0 }) overdue!: number
  @Column({ type: 'int', default: 0 }) returned!: number
  @Column({ type: 'int', default: 0 }) rated!: number
  @Column({ type: 'int', default: 0 }) resolved!: number
  @Column({ type: 'int', default: 0 }) satisfied!: number
  @Column({ name: 'basically_satisfied', type: 'int', default: 0 }) basicallySatisfied!: number
  @Column({ type: 'int', default: 0 }) unsatisfied!: number
  @Column({ type: 'int', default: 0 }) opinions!: number
}

/**
 * Summary counts of appeals per (day, bureau, role, category, district), kept in the transaction of
 * every event that changes them (see appeal-stats.ts for which day a count belongs to). The
 * dashboard sums these, never the million appeals; a test recounts them from the timeline.
 */
@Entity('appeal_stats')
@Index('appeal_stats_by_day', ['day'])
export class AppealStat extends AppealStatCounts {
  @PrimaryColumn({ type: 'date' }) day!: string
}

/** The key and count shared by the daily and the monthly answer-days tables (as AppealStatCounts). */
abstract class AppealAnswerDaysCounts {
  @PrimaryColumn({ type: 'varchar', length: 40 }) bureau!: string
  @PrimaryColumn({ type: 'varchar', length: 40 }) category!: string
  @PrimaryColumn({ type: 'varchar', length: 20 }) district!: string
  @PrimaryColumn({ type: 'int' }) days!: number
  @Column({ type: 'int', default: 0 }) answers!: number
}

/** How many answers took N working days from dispatch (for the median), per (day, bureau, category, district). */
@Entity('appeal_answer_days')
export class AppealAnswerDays extends AppealAnswerDaysCounts {
  @PrimaryColumn({ type: 'date' }) day!: string
}

/** The same counts per calendar month (`month` = its first day), kept beside the daily ones so a long period reads few rows. */
@Entity('appeal_stats_monthly')
export class AppealStatMonthly extends AppealStatCounts {
  @PrimaryColumn({ type: 'date' }) month!: string
}
@Entity('appeal_answer_days_monthly')
export class AppealAnswerDaysMonthly extends AppealAnswerDaysCounts {
  @PrimaryColumn({ type: 'date' }) month!: string
}
