import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { Enterprise } from './enterprise.entity.js'

/** Binds an SSO user (token `sub`) to the enterprise of their `enterprise_uscc` claim, once and for good. */
@Entity('enterprise_members')
@Index('enterprise_members_uscc', ['uscc'])
export class EnterpriseMember {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  sub!: string

  @Column({ type: 'char', length: 18 })
  uscc!: string

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uscc' })
  enterprise?: Enterprise

  @Column({ type: 'varchar', length: 100 })
  username!: string

  @CreateDateColumn({ name: 'bound_at', type: 'timestamptz' })
  boundAt!: Date
}
