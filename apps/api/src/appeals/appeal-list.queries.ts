import type { DataSource, SelectQueryBuilder } from 'typeorm'
import { Appeal } from './appeal.entity.js'

/**
 * A list page's query, built with TypeORM's QueryBuilder (the filters, scope and keyset), run as plain
 * SQL: the rows come back as pg parses them and are read into appeals by column name, without
 * TypeORM's hydration (which cost more than the query itself per page of 50, issue 22's CPU
 * profile). Only plain columns are read: list queries join nothing into the appeal.
 */
export async function appealRows(db: DataSource, qb: SelectQueryBuilder<Appeal>): Promise<{ appeal: Appeal; raw: Record<string, unknown> }[]> {
  const [sql, params] = qb.getQueryAndParameters()
  const rows: Record<string, unknown>[] = await db.query(sql, params)
  const columns = columnsOf(db, qb.alias)
  return rows.map((raw) => {
    const appeal = new Appeal()
    const target = appeal as unknown as Record<string, unknown>
    for (const [key, property] of columns) if (key in raw) target[property] = raw[key]
    return { appeal, raw }
  })
}

const cache = new WeakMap<DataSource, Map<string, [string, string][]>>()

/** TypeORM's raw names of the appeal's columns (`<alias>_<column>`) with their properties. */
function columnsOf(db: DataSource, alias: string): [string, string][] {
  let byAlias = cache.get(db)
  if (!byAlias) cache.set(db, (byAlias = new Map()))
  let columns = byAlias.get(alias)
  if (!columns) {
    const metadata = db.getMetadata(Appeal)
    // the plain columns (enterprise_uscc is read as enterpriseUscc, never as the `enterprise` relation)
    const relations = new Set(metadata.relations.map((r) => r.propertyName))
    columns = metadata.columns.filter((c) => !relations.has(c.propertyName)).map((c) => [`${alias}_${c.databaseName}`, c.propertyName] as [string, string])
    byAlias.set(alias, columns)
  }
  return columns
}
