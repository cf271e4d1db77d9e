import { Column, Entity, Index } from 'typeorm'
import { LoggedByNamedActor } from '../common/actor-columns.js'

export const CATALOGUES = ['routing', 'deadline-policy', 'calendar', 'response-templates'] as const
export type Catalogue = (typeof CATALOGUES)[number]

/**
 * One change to an administrator's catalogue: who, when, which catalogue and entry, the entry
 * before and after (null when it did not exist / was removed). Append-only: a trigger in the
 * migration refuses UPDATE and DELETE.
 */
@Entity('catalogue_changes')
@Index('catalogue_changes_by_catalogue', ['catalogue', 'id'])
export class CatalogueChange extends LoggedByNamedActor {
  @Column({ type: 'timestamptz' })
  at!: Date

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
