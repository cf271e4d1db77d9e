import { textMatchSql } from '../common/text-search.js'

/** What the search's index holds of an enterprise (migration SearchBigrams: enterprises_search). */
export const ENTERPRISE_SEARCH_TEXT = (alias: string) => `${alias}.uscc || ' ' || ${alias}.name`

/**
 * The USCCs of the enterprises whose name contains the search (`pattern`: its ILIKE pattern, `text`:
 * the search itself; both parameters), found through enterprises_search: for another feature's search
 * by enterprise name (`… = ANY(ARRAY(<this>))`, so that feature's own index on the USCC finds its rows).
 */
export function enterpriseNameMatchSql(q: string, { text, pattern }: { text: () => string; pattern: string }): string {
  return `SELECT ns.uscc FROM enterprises ns WHERE ${textMatchSql(q, { indexed: ENTERPRISE_SEARCH_TEXT('ns'), text, check: `ns.name ILIKE ${pattern}` })}`
}
