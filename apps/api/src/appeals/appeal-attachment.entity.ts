import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm'
import { Appeal } from './appeal.entity.js'

/** A file attached to an appeal; the bytes live in the attachment store under `storageKey`. */
@Entity('appeal_attachments')
@Index('appeal_attachments_by_appeal', ['appealId', 'createdAt'])
export class AppealAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ name: 'appeal_id', type: 'uuid' })
  appealId!: string

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appeal_id' })
  appeal?: Appeal

  /** The name the uploader gave (shown, never used as a path). */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string

  /** Detected from the content, not the name. */
  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType!: string

  @Column({ type: 'int' })
  size!: number

  @Column({ type: 'char', length: 64 })
  sha256!: string

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string

  @Column({ name: 'uploaded_by', type: 'varchar', length: 100 })
  uploadedBy!: string

  /** The person's display name when it was written (issue 19 §4); null when never known. */
  @Column({ name: 'uploaded_by_name', type: 'varchar', length: 200, nullable: true })
  uploadedByName!: string | null

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date
}
