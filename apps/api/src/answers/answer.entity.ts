import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm'
import type { AnswerStatus } from './answer-state.js'
import { TimeColumn } from '../common/time-column.js'

/**
 * A public answer (政策问答): a question and its answer written for everyone, from an appeal a
 * bureau answered, approved by a coordinator. `search` holds the segmented question (weight A) and
 * answer (weight B) as a tsvector (GIN); `search_hash` the dictionary hash it was segmented with.
 */
@Entity('answers')
@Index('answers_by_status', ['status', 'publishedAt', 'id'])
@Index('answers_by_measure', ['measureId', 'status'])
@Index('answers_search', { synchronize: false }) // GIN on search, created in the migration
@Index('answers_question_trgm', { synchronize: false }) // GiST gist_trgm_ops on question, created in the migration
export class Answer {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ type: 'varchar', length: 20 })
  status!: AnswerStatus

  @Column({ type: 'varchar', length: 300 })
  question!: string

  @Column({ type: 'text' })
  answer!: string

  @Column({ name: 'measure_id', type: 'varchar', length: 60, nullable: true })
  measureId!: string | null

  @Column({ name: 'category_code', type: 'varchar', length: 40 })
  categoryCode!: string

  /** The answering bureau. */
  @Column({ type: 'varchar', length: 40 })
  bureau!: string

  /** The appeal it was written from (never public). */
  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId!: string | null

  /** The enterprise that asked: told when its question is published (never public). */
  @Column({ name: 'enterprise_uscc', type: 'char', length: 18, nullable: true })
  enterpriseUscc!: string | null

  @Column({ name: 'proposed_by', type: 'varchar', length: 100 })
  proposedBy!: string

  @Column({ name: 'decided_by', type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null

  @TimeColumn('decided_at', { nullable: true })
  decidedAt!: Date | null

  /** The coordinator's note: why declined, withdrawn or superseded. */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null

  @TimeColumn('published_at', { nullable: true })
  publishedAt!: Date | null

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null

  @Column({ type: 'tsvector', select: false, nullable: true })
  search!: string | null

  @Column({ name: 'search_hash', type: 'char', length: 64, select: false, nullable: true })
  searchHash!: string | null

  @VersionColumn()
  version!: number

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date
}

/**
 * What happened to the answers suggested while an enterprise typed an appeal: one row per event of a
 * form session (`opened` an answer, `left` the form, `submitted` an appeal). The dashboard counts
 * sessions that opened an answer and then left without submitting (the appeal made unnecessary).
 */
@Entity('answer_suggestion_events')
@Index('answer_suggestion_events_by_session', ['session'])
@Index('answer_suggestion_events_by_at', ['at'])
export class AnswerSuggestionEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string

  @Column({ type: 'uuid' })
  session!: string

  @Column({ type: 'varchar', length: 12 })
  event!: 'opened' | 'left' | 'submitted'

  @Column({ name: 'enterprise_uscc', type: 'char', length: 18, nullable: true })
  enterpriseUscc!: string | null

  @Column({ name: 'answer_id', type: 'uuid', nullable: true })
  answerId!: string | null

  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId!: string | null

  @Column({ type: 'timestamptz' })
  at!: Date
}
