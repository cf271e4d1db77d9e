import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm'

/** An enterprise, keyed by its 统一社会信用代码; its profile holds the facts the measures read. */
@Entity('enterprises')
@Index('enterprises_listing', ['isKey', 'name'])
export class Enterprise {
  @PrimaryColumn({ type: 'char', length: 18 })
  uscc!: string

  @Column({ type: 'varchar', length: 200, default: '' })
  name!: string

  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName!: string | null

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null

  @Column({ name: 'contact_email', type: 'varchar', length: 200, nullable: true })
  contactEmail!: string | null

  /** Policy-rules facts; an absent key means "unknown". */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  facts!: Record<string, string | number | boolean>

  /** 重点企业: annual output value ≥ 10亿元 (kept in step with facts by the service). */
  @Column({ name: 'is_key', type: 'boolean', default: false })
  isKey!: boolean

  @Column({ name: 'steward_name', type: 'varchar', length: 100, nullable: true })
  stewardName!: string | null

  @Column({ name: 'steward_phone', type: 'varchar', length: 40, nullable: true })
  stewardPhone!: string | null

  @Column({ name: 'steward_email', type: 'varchar', length: 200, nullable: true })
  stewardEmail!: string | null

  @Column({ name: 'steward_assigned_by', type: 'varchar', length: 100, nullable: true })
  stewardAssignedBy!: string | null

  @Column({ name: 'steward_assigned_at', type: 'timestamptz', nullable: true })
  stewardAssignedAt!: Date | null

  @VersionColumn()
  version!: number

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date
}
