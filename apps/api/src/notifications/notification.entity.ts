import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm'

/**
 * Who a notification is for: an enterprise (all its users), a bureau (all its officers), every
 * coordinator, or one user (by `sub`). Audiences rather than users, so that officers who sign in
 * later still see what was sent to their bureau.
 */
export type AudienceKind = 'enterprise' | 'bureau' | 'coordinators' | 'user'

@Entity('notifications')
@Index('notifications_by_audience', ['audienceKind', 'audienceId', 'id'])
export class Notification {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string

  @Column({ name: 'audience_kind', type: 'varchar', length: 20 })
  audienceKind!: AudienceKind

  /** USCC, bureau code, '' for all coordinators, or a user's sub. */
  @Column({ name: 'audience_id', type: 'varchar', length: 255 })
  audienceId!: string

  /** dispatched, returned, opinion, responded, reminder, overdue, rated, reopened, message, … */
  @Column({ type: 'varchar', length: 40 })
  kind!: string

  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId!: string | null

  /** What the texts need (tracking number, title, deadline, …); the apps word it per language. */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date
}

/** That a user has read a notification. */
@Entity('notification_reads')
export class NotificationRead {
  @PrimaryColumn({ name: 'notification_id', type: 'bigint' })
  notificationId!: string

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification

  @PrimaryColumn({ type: 'varchar', length: 255 })
  sub!: string

  @CreateDateColumn({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date
}
