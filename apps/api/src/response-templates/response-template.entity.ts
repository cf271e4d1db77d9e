import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm'
import { TimeColumn } from '../common/time-column.js'

/** A response template (答复模板) of a bureau, which its officers can pick when answering an appeal. */
@Entity('response_templates')
@Index('response_templates_by_bureau', ['bureau', 'title'])
export class ResponseTemplate {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ type: 'varchar', length: 40 })
  bureau!: string

  @Column({ type: 'varchar', length: 100 })
  title!: string

  @Column({ type: 'text' })
  body!: string

  @VersionColumn()
  version!: number

  @TimeColumn('created_at')
  createdAt!: Date

  @TimeColumn('updated_at')
  updatedAt!: Date

  @Column({ name: 'updated_by', type: 'varchar', length: 100 })
  updatedBy!: string

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'updated_by_name', type: 'varchar', length: 200, nullable: true })
  updatedByName!: string | null
}
