import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm'

export const CATALOGUES = ['routing', 'deadline-policy', 'calendar', 'response-templates'] as const
export type Catalogue = (typeof CATALOGUES)[number]

/**
 * One change to an administrator's catalogue: who, when, which catalogue and entry, the entry
 * before and after (null when it did not exist / was removed). Append-only: a trigger in the
 * migration refuses UPDATE and DELETE.
 */
@Entity('catalogue_changes')
@Index('catalogue_changes_by_catalogue', ['catalogue', 'id'])
export class CatalogueChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string

  @Column({ type: 'timestamptz' })
  at!: Date

  @Column({ name: 'actor_sub', type: 'varchar', length: 255 })
  actorSub!: string

  @Column({ name: 'actor_username', type: 'varchar', length: 100 })
  actorUsername!: string

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'actor_name', type: 'varchar', length: 200, nullable: true })
  actorName!: string | null

  @Column({ type: 'varchar', length: 30 })
  catalogue!: Catalogue

  /** The entry: a category code, a date, a template id, a year, or `policy`. */
  @Column({ name: 'entry_key', type: 'varchar', length: 60 })
  entryKey!: string

  /** What was done: update, reset, create, delete, import, load. */
  @Column({ type: 'varchar', length: 20 })
  action!: string

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown
}
