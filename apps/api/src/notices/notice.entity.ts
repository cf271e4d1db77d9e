import { applyDecorators } from '@nestjs/common'
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { EnterpriseRelation } from '../enterprises/enterprise-relation.js'
import type { AudienceCriteria } from './notice-audience.js'
import type { NoticeKind, NoticeStatus, RegistrationStatus } from './notice-state.js'
import { TimeColumn } from '../common/time-column.js'

/**
 * A training or briefing notice (辅导培训 / 政策宣讲 / 政策解读) of an association. `seats_taken` is
 * the attendees of its registered (not waitlisted) registrations; registrations change it only
 * under the notice's row lock, and the CHECK makes exceeding the capacity impossible whatever the
 * code does.
 */
@Entity('notices')
@Index('notices_by_association', ['association', 'startsAt'])
@Index('notices_by_status', ['status', 'startsAt'])
@Check('notices_seats_within_capacity', '"seats_taken" >= 0 AND "seats_taken" <= "capacity"')
@Check('notices_times_in_order', '"starts_at" < "ends_at" AND "registration_deadline" <= "ends_at"')
export class Notice {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  /** The owning association's code (the `association` claim). */
  @Column({ type: 'varchar', length: 60 })
  association!: string

  @Column({ name: 'created_by_sub', type: 'varchar', length: 255 })
  createdBySub!: string

  @Column({ name: 'created_by_username', type: 'varchar', length: 100 })
  createdByUsername!: string

  @Column({ type: 'varchar', length: 200 })
  title!: string

  /** Markdown (rendered by the API, raw HTML off). */
  @Column({ type: 'text' })
  body!: string

  @Column({ type: 'varchar', length: 30 })
  kind!: NoticeKind

  @TimeColumn('starts_at')
  startsAt!: Date

  @TimeColumn('ends_at')
  endsAt!: Date

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue!: string | null

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null

  /** Seats (attendees), not registrations. */
  @Column({ type: 'int' })
  capacity!: number

  /** At most this many attendees per registration. */
  @Column({ name: 'attendee_limit', type: 'int', default: 5 })
  attendeeLimit!: number

  @TimeColumn('registration_deadline')
  registrationDeadline!: Date

  @Column({ name: 'measure_ids', type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  measureIds!: string[]

  @Column({ type: 'jsonb', default: () => "'{}'" })
  audience!: AudienceCriteria

  @Column({ type: 'varchar', length: 20 })
  status!: NoticeStatus

  @Column({ name: 'seats_taken', type: 'int', default: 0 })
  seatsTaken!: number

  /** Enterprises the audience matched when last computed (publish, audience change). */
  @Column({ name: 'targeted_count', type: 'int', default: 0 })
  targetedCount!: number

  @TimeColumn('published_at', { nullable: true })
  publishedAt!: Date | null

  @TimeColumn('cancelled_at', { nullable: true })
  cancelledAt!: Date | null

  @Column({ name: 'cancel_reason', type: 'varchar', length: 1000, nullable: true })
  cancelReason!: string | null

  /** The day-before reminder went out (the sweep sends it once across instances). */
  @TimeColumn('reminded_at', { nullable: true })
  remindedAt!: Date | null

  @TimeColumn('created_at')
  createdAt!: Date

  @TimeColumn('updated_at')
  updatedAt!: Date

  @VersionColumn()
  version!: number
}

/** A row's notice through its `notice_id` column (declared beside it); the row goes with the notice. */
function NoticeRelation(): PropertyDecorator {
  return applyDecorators(
    ManyToOne(() => Notice, { onDelete: 'CASCADE' }),
    JoinColumn({ name: 'notice_id' }),
  )
}

/** An enterprise the notice reached (publishing, or an audience widened), and when it opened it. */
@Entity('notice_audience')
@Index('notice_audience_by_enterprise', ['enterpriseUscc'])
export class NoticeAudience {
  @PrimaryColumn({ name: 'notice_id', type: 'uuid' })
  noticeId!: string

  @NoticeRelation()
  notice?: Notice

  @PrimaryColumn({ name: 'enterprise_uscc', type: 'char', length: 18 })
  enterpriseUscc!: string

  @EnterpriseRelation('CASCADE')
  enterprise?: Enterprise

  @TimeColumn('reached_at')
  reachedAt!: Date

  @TimeColumn('opened_at', { nullable: true })
  openedAt!: Date | null
}

/** One enterprise's registration for a notice (one per enterprise; a withdrawn one can register again). */
@Entity('notice_registrations')
@Index('notice_registrations_one_per_enterprise', ['noticeId', 'enterpriseUscc'], { unique: true })
@Index('notice_registrations_queue', ['noticeId', 'status', 'queuedAt', 'id'])
@Index('notice_registrations_by_enterprise', ['enterpriseUscc'])
@Check('notice_registrations_attendees_positive', '"attendees" >= 1')
export class NoticeRegistration {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ name: 'notice_id', type: 'uuid' })
  noticeId!: string

  @NoticeRelation()
  notice?: Notice

  @Column({ name: 'enterprise_uscc', type: 'char', length: 18 })
  enterpriseUscc!: string

  @EnterpriseRelation('RESTRICT')
  enterprise?: Enterprise

  @Column({ name: 'created_by_sub', type: 'varchar', length: 255 })
  createdBySub!: string

  @Column({ name: 'contact_name', type: 'varchar', length: 100 })
  contactName!: string

  @Column({ name: 'contact_phone', type: 'varchar', length: 40 })
  contactPhone!: string

  @Column({ type: 'int' })
  attendees!: number

  @Column({ type: 'varchar', length: 20 })
  status!: RegistrationStatus

  /** Place in the waitlist (first come, first served); set on each (re-)registration. */
  @TimeColumn('queued_at')
  queuedAt!: Date

  @TimeColumn('promoted_at', { nullable: true })
  promotedAt!: Date | null

  @TimeColumn('withdrawn_at', { nullable: true })
  withdrawnAt!: Date | null

  /** Marked by the association after the event: null until marked. */
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date
}
