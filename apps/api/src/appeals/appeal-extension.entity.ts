import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm'
import { Appeal } from './appeal.entity.js'
import { TimeColumn } from '../common/time-column.js'

export type ExtensionStatus = 'pending' | 'approved' | 'refused'

/** A lead bureau's request for N more working days; the coordinator approves or refuses it. */
@Entity('appeal_extension_requests')
@Index('appeal_extension_one_pending', ['appealId'], { unique: true, where: `"status" = 'pending'` })
export class AppealExtensionRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ name: 'appeal_id', type: 'uuid' })
  appealId!: string

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appeal_id' })
  appeal?: Appeal

  @Column({ name: 'working_days', type: 'int' })
  workingDays!: number

  @Column({ type: 'varchar', length: 1000 })
  reason!: string

  @Column({ type: 'varchar', length: 10 })
  status!: ExtensionStatus

  @Column({ name: 'requested_by', type: 'varchar', length: 100 })
  requestedBy!: string

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'requested_by_name', type: 'varchar', length: 200, nullable: true })
  requestedByName!: string | null

  @Column({ name: 'decided_by', type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'decided_by_name', type: 'varchar', length: 200, nullable: true })
  decidedByName!: string | null

  @TimeColumn('decided_at', { nullable: true })
  decidedAt!: Date | null

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date
}
