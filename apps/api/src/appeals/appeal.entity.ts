import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import type { Evaluation } from '@servicepack/policy-rules'
import type { AppealStatus, Rating } from './appeal-state.js'
import { TimeColumn } from '../common/time-column.js'

export type Complexity = 'simple' | 'complex'

/** What the enterprise saw when it asked about a measure: the evaluation, the facts it read, the date. */
export interface EvaluationSnapshot {
  asOf: string
  evaluation: Evaluation
  facts: Record<string, string | number | boolean>
}

/**
 * An appeal (诉求). Indexes match each inbox's filter and whole ORDER BY (created_at DESC, id DESC):
 * all appeals by status, a bureau's as lead, an enterprise's; assisting bureaus through a GIN index.
 */
@Entity('appeals')
@Index('appeals_by_status', ['status', 'createdAt', 'id'])
@Index('appeals_by_lead', ['leadBureau', 'createdAt', 'id'])
@Index('appeals_by_enterprise', ['enterpriseUscc', 'createdAt', 'id'])
@Index('appeals_by_created', ['createdAt', 'id'])
@Index('appeals_search', { synchronize: false }) // GIN on search_bigrams(number || ' ' || title): migration SearchBigrams, the appeals' text search
@Index('appeals_idempotency', ['createdBySub', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
export class Appeal {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  /** Tracking number shown everywhere, `SQ-2026-000123`. */
  @Column({ type: 'varchar', length: 20, unique: true })
  number!: string

  @Column({ name: 'enterprise_uscc', type: 'char', length: 18 })
  enterpriseUscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_uscc' })
  enterprise?: Enterprise

  @Column({ name: 'created_by_sub', type: 'varchar', length: 255 })
  createdBySub!: string

  @Column({ name: 'created_by_username', type: 'varchar', length: 100 })
  createdByUsername!: string

  @Column({ name: 'category_code', type: 'varchar', length: 40 })
  categoryCode!: string

  /** The enterprise's district when it asked ('' when unknown): the district dimension of the 三率. */
  @Column({ type: 'varchar', length: 20, default: '' })
  district!: string

  @Column({ type: 'varchar', length: 200 })
  title!: string

  /**
   * `appeal` (诉求), or `application` (申请, issue 23 §3): an enterprise's 确认享受 of a measure pushed
   * to it, dispatched to the measure's lead bureau, answered with an `outcome`.
   */
  @Column({ type: 'varchar', length: 20, default: 'appeal' })
  kind!: 'appeal' | 'application'

  /** An application's answer: granted (予以兑现), more_info (需补充材料), refused (不符合); null otherwise. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: 'granted' | 'more_info' | 'refused' | null

  @Column({ type: 'text' })
  description!: string

  @Column({ name: 'measure_id', type: 'varchar', length: 60, nullable: true })
  measureId!: string | null

  @Column({ type: 'jsonb', nullable: true })
  snapshot!: EvaluationSnapshot | null

  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName!: string | null

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null

  @Column({ type: 'varchar', length: 20 })
  status!: AppealStatus

  @Column({ type: 'varchar', length: 10, nullable: true })
  complexity!: Complexity | null

  @Column({ name: 'lead_bureau', type: 'varchar', length: 40, nullable: true })
  leadBureau!: string | null

  @Index('appeals_by_assisting', { synchronize: false }) // GIN, created in the migration
  @Column({ name: 'assisting_bureaus', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  assistingBureaus!: string[]

  @TimeColumn('dispatched_at', { nullable: true })
  dispatchedAt!: Date | null

  @TimeColumn('accept_due_at', { nullable: true })
  acceptDueAt!: Date | null

  @TimeColumn('accepted_at', { nullable: true })
  acceptedAt!: Date | null

  @TimeColumn('answer_due_at', { nullable: true })
  answerDueAt!: Date | null

  @TimeColumn('responded_at', { nullable: true })
  respondedAt!: Date | null

  /** When an unrated response closes by itself (auto-close). */
  @TimeColumn('rate_due_at', { nullable: true })
  rateDueAt!: Date | null

  @TimeColumn('closed_at', { nullable: true })
  closedAt!: Date | null

  @Column({ name: 'reopen_count', type: 'int', default: 0 })
  reopenCount!: number

  @Column({ name: 'return_count', type: 'int', default: 0 })
  returnCount!: number

  @Column({ name: 'pending_extension', type: 'boolean', default: false })
  pendingExtension!: boolean

  /** The enterprise's answers: was the problem solved, and how satisfied is it (三率). */
  @Column({ type: 'boolean', nullable: true })
  resolved!: boolean | null

  @Column({ type: 'varchar', length: 24, nullable: true })
  rating!: Rating | null

  @TimeColumn('rated_at', { nullable: true })
  ratedAt!: Date | null

  /** Set by the deadline jobs when a reminder / the overdue notice went out for the current deadline. */
  @TimeColumn('reminded_at', { nullable: true })
  remindedAt!: Date | null

  @TimeColumn('overdue_notified_at', { nullable: true })
  overdueNotifiedAt!: Date | null

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  idempotencyKey!: string | null

  /** SHA-256 of the intake request, so a reused key with another body is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64, nullable: true })
  requestHash!: string | null

  @VersionColumn()
  version!: number

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date
}
