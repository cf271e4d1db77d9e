import { Column, PrimaryGeneratedColumn } from 'typeorm'

/**
 * The columns every append-only log shares (an appeal's timeline, an enterprise's and a catalogue's
 * change log): the entry's number, and who wrote it by their SSO subject and login. TypeORM's
 * concrete-table inheritance: each log keeps these columns in its own table.
 */
export abstract class LoggedByActor {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string

  @Column({ name: 'actor_sub', type: 'varchar', length: 255 })
  actorSub!: string

  @Column({ name: 'actor_username', type: 'varchar', length: 100 })
  actorUsername!: string
}

/** …and the person's display name when it was written (issue 19 §4); null when never known. */
export abstract class LoggedByNamedActor extends LoggedByActor {
  @Column({ name: 'actor_name', type: 'varchar', length: 200, nullable: true })
  actorName!: string | null
}
