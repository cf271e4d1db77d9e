import { Column, Entity, Index, PrimaryColumn } from 'typeorm'
import { TimeColumn } from '../common/time-column.js'

/**
 * Someone who has signed in, as their last token described them: for choosing stewards among the
 * coordinators, and for mailing the people behind a notification's audience. The SSO stays the
 * source of truth; this is a directory of who has been seen.
 */
@Entity('users')
@Index('users_by_bureau', ['bureau'])
export class User {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  sub!: string

  @Column({ type: 'varchar', length: 100 })
  username!: string

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null

  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  roles!: string[]

  @Column({ type: 'varchar', length: 40, nullable: true })
  bureau!: string | null

  @Column({ type: 'varchar', length: 60, nullable: true })
  association!: string | null

  @TimeColumn('first_seen_at')
  firstSeenAt!: Date

  @TimeColumn('last_seen_at')
  lastSeenAt!: Date
}
