/**
 * The lists' text search (issue 22): `ILIKE '%q%'` on a few columns, found through a GIN index of the
 * indexed text's two-character pieces (`search_bigrams`, migration SearchBigrams) instead of a scan of
 * every row. The pieces only narrow the rows down; the ILIKE decides, so the results are the ILIKE's.
 */

/** `q` as an ILIKE pattern that matches it anywhere, its own `%`, `_` and `\` taken literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`
}

/**
 * SQL that is true where `check` (the ILIKE) holds, written so that the index on
 * `search_bigrams(<indexed>)` can find the candidates: `indexed` must be the index's expression,
 * `text()` gives the parameter holding q itself (asked for only when it is used: a positional parameter
 * that the SQL does not use is an error). A one-character q has no pieces: the ILIKE alone. The ILIKE
 * comes first, so rows read another way (a list's own index) are tested with it before the pieces are made.
 */
export function textMatchSql(q: string, { indexed, text, check }: { indexed: string; text: () => string; check: string }): string {
  return [...q].length >= 2 ? `((${check}) AND search_bigrams(${indexed}) @> search_bigrams(${text()}))` : `(${check})`
}
