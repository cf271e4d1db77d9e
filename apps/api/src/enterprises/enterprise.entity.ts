import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm'
import { User } from '../users/user.entity.js'
import { TimeColumn } from '../common/time-column.js'

/** An enterprise, keyed by its 统一社会信用代码; its profile holds the facts the measures read. */
@Entity('enterprises')
@Index('enterprises_listing', ['isKey', 'name'])
@Index('enterprises_search', { synchronize: false }) // GIN on search_bigrams(uscc || ' ' || name): migration SearchBigrams, the text searches by name
@Index('enterprises_by_key_uscc', { synchronize: false }) // (is_key DESC, uscc): migration KeptAudienceIndexes, the audience preview's sample
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
  @Index('enterprises_by_industry_district', { synchronize: false }) // on (facts->>'industry', facts->>'district'), created in the migration
  @Column({ type: 'jsonb', default: () => "'{}'" })
  facts!: Record<string, string | number | boolean>

  /** 重点企业: annual output value ≥ 10亿元 (kept in step with facts by the service). */
  @Column({ name: 'is_key', type: 'boolean', default: false })
  isKey!: boolean

  /**
   * The 服务管家: a coordinator account of the users directory (its name and e-mail come from there,
   * as the coordinator's last token described them). Null: no steward — or only a legacy one below.
   */
  @Index('enterprises_by_steward')
  @Column({ name: 'steward_sub', type: 'varchar', length: 255, nullable: true })
  stewardSub!: string | null

  @ManyToOne(() => User, { onDelete: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'steward_sub', referencedColumnName: 'sub', foreignKeyConstraintName: 'enterprises_steward_fk' })
  stewardAccount?: User | null

  /** The number the enterprise may call its steward on (chosen at each assignment). */
  @Column({ name: 'steward_phone', type: 'varchar', length: 40, nullable: true })
  stewardPhone!: string | null

  /**
   * A free-text steward from before stewards were accounts, which the migration could not link to a
   * coordinator account (no exact name or username match): kept and shown until someone chooses an
   * account; such an enterprise counts as without a steward (未分配管家). Cleared by every assignment.
   */
  @Column({ name: 'steward_legacy_name', type: 'varchar', length: 100, nullable: true })
  stewardLegacyName!: string | null

  @Column({ name: 'steward_legacy_email', type: 'varchar', length: 200, nullable: true })
  stewardLegacyEmail!: string | null

  @Column({ name: 'steward_assigned_by', type: 'varchar', length: 100, nullable: true })
  stewardAssignedBy!: string | null

  /** The display name of who assigned the steward (issue 19 §4); null when never known. */
  @Column({ name: 'steward_assigned_by_name', type: 'varchar', length: 200, nullable: true })
  stewardAssignedByName!: string | null

  @TimeColumn('steward_assigned_at', { nullable: true })
  stewardAssignedAt!: Date | null

  @VersionColumn()
  version!: number

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date
}
