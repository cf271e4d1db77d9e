import { Column, Entity, PrimaryColumn } from 'typeorm'
import { TimeColumn } from '../common/time-column.js'

/**
 * An administrator's entry of the routing catalogue (派单目录), stored over the action plan's default
 * of `@servicepack/policy-rules`: a category without a row routes as the plan says.
 */
@Entity('routing_entries')
export class RoutingEntryRow {
  @PrimaryColumn({ name: 'category_code', type: 'varchar', length: 40 })
  categoryCode!: string

  @Column({ name: 'lead_bureau', type: 'varchar', length: 40 })
  leadBureau!: string

  @Column({ name: 'assisting_bureaus', type: 'varchar', length: 40, array: true })
  assistingBureaus!: string[]

  @Column({ name: 'district_government', type: 'boolean' })
  districtGovernment!: boolean

  @TimeColumn('updated_at')
  updatedAt!: Date

  @Column({ name: 'updated_by', type: 'varchar', length: 100 })
  updatedBy!: string

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'updated_by_name', type: 'varchar', length: 200, nullable: true })
  updatedByName!: string | null
}
