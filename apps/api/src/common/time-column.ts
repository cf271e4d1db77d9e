import { Column } from 'typeorm'

/**
 * A moment in column `name`: timestamptz (stored as an instant, read as a Date), the type of every
 * `…_at` column. `@TimeColumn('closed_at', { nullable: true })` for one that may not have happened yet.
 */
export function TimeColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ name, type: 'timestamptz', ...options })
}
