import { Column, Entity, PrimaryColumn } from 'typeorm'
import type { FrozenCounts } from './open-data-rates.js'
import { TimeColumn } from '../common/time-column.js'

/** What a published month holds: every lead bureau's counts (the city's are their sum). */
export interface FrozenFigures {
  bureaus: Record<string, FrozenCounts>
}

/**
 * A published month of the 三率 (open data), frozen: a trigger refuses UPDATE and DELETE. A
 * correction is a new version of the month with a note; readers get the newest version.
 */
@Entity('open_data_months')
export class OpenDataMonth {
  /** `YYYY-MM` */
  @PrimaryColumn({ type: 'varchar', length: 7 }) month!: string
  @PrimaryColumn({ type: 'int' }) version!: number
  @TimeColumn('published_at') publishedAt!: Date
  @Column({ name: 'method_version', type: 'varchar', length: 20 }) methodVersion!: string
  @Column({ type: 'text', nullable: true }) note!: string | null
  @Column({ type: 'jsonb' }) figures!: FrozenFigures
}
