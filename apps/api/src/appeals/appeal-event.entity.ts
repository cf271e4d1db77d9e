import { Column, JoinColumn, ManyToOne, Entity, Index } from 'typeorm'
import { LoggedByNamedActor } from '../common/actor-columns.js'
import { Appeal } from './appeal.entity.js'
import type { AppealStatus } from './appeal-state.js'

/**
 * One entry of an appeal's timeline: who (actor, as which party), when, what (action), from → to,
 * and a note. Append-only: a trigger in the migration refuses UPDATE and DELETE.
 */
@Entity('appeal_events')
@Index('appeal_events_by_appeal', ['appealId', 'id'])
export class AppealEvent extends LoggedByNamedActor {
  @Column({ name: 'appeal_id', type: 'uuid' })
  appealId!: string

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appeal_id' })
  appeal?: Appeal

  @Column({ type: 'timestamptz' })
  at!: Date

  /** owner / coordinator / lead / assisting / system (the party the actor acted as). */
  @Column({ type: 'varchar', length: 20 })
  party!: string

  /** The bureau an officer acted for (lead or assisting), if any. */
  @Column({ name: 'actor_bureau', type: 'varchar', length: 40, nullable: true })
  actorBureau!: string | null

  /** submit, dispatch, accept, return, respond, rate, withdraw, opinion, message, attach, request_extension, … */
  @Column({ type: 'varchar', length: 30 })
  action!: string

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: AppealStatus | null

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: AppealStatus

  @Column({ type: 'text', nullable: true })
  note!: string | null

  /** Action details: bureaus and complexity of a dispatch, rating, working days of an extension, … */
  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null
}
