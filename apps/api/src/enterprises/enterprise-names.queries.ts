import type { EntityManager } from 'typeorm'

/** An enterprise as lists show it beside something else (a registration, an audience's sample). */
export interface EnterpriseBrief {
  uscc: string
  name: string
  industry: string | null
  district: string | null
  isKey: boolean
}

/**
 * The enterprises of these USCCs as other features show them (names, industry, district, 重点企业),
 * one indexed query: the one place other features read enterprises' names from. Unknown USCCs are
 * left out of the map.
 */
export async function enterpriseBriefs(em: EntityManager, usccs: readonly string[]): Promise<Map<string, EnterpriseBrief>> {
  if (usccs.length === 0) return new Map()
  const rows: { uscc: string; name: string; industry: string | null; district: string | null; is_key: boolean }[] = await em.query(
    `SELECT uscc, name, facts->>'industry' AS industry, facts->>'district' AS district, is_key FROM enterprises WHERE uscc = ANY($1)`,
    [[...new Set(usccs)]],
  )
  return new Map(rows.map((r) => [r.uscc, { uscc: r.uscc, name: r.name, industry: r.industry, district: r.district, isKey: r.is_key }]))
}

/** The names of the enterprises of these USCCs (unknown ones left out). */
export async function enterpriseNames(em: EntityManager, usccs: readonly string[]): Promise<Map<string, string>> {
  const briefs = await enterpriseBriefs(em, usccs)
  return new Map([...briefs].map(([uscc, b]) => [uscc, b.name]))
}
