import { applyDecorators } from '@nestjs/common'
import { JoinColumn, ManyToOne } from 'typeorm'
import { Enterprise } from './enterprise.entity.js'

/**
 * The relation of a row to its enterprise through its `enterprise_uscc` column (declared beside it):
 * `CASCADE` for rows that mean nothing without the enterprise, `RESTRICT` for records to keep.
 */
export function EnterpriseRelation(onDelete: 'CASCADE' | 'RESTRICT'): PropertyDecorator {
  return applyDecorators(
    ManyToOne(() => Enterprise, { onDelete }),
    JoinColumn({ name: 'enterprise_uscc' }),
  )
}
