type Tree = { readonly [key: string]: unknown }

/** Each leaf's key path (`appeals.inbox.title`) and value. */
function leaves(tree: Tree, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) leaves(value as Tree, `${path}.`, into)
    else into.set(path, value)
  }
  return into
}

/**
 * What keeps two languages' messages from matching key for key: a text one has and the other lacks (either
 * way), a key that is a text in one and a group in the other, a leaf that is not a string, and a text
 * left empty in one language but not in another (an empty text is fine where every language has one: a
 * unit that is none).
 * The locale files are JSON, so this is what stands in for the compiler's check of the keys.
 */
export function messageKeyProblems(messages: Record<string, Tree>): string[] {
  const byLocale = Object.entries(messages).map(([locale, tree]) => [locale, leaves(tree)] as const)
  const problems: string[] = []
  for (const [locale, texts] of byLocale) {
    for (const [path, value] of texts) if (typeof value !== 'string') problems.push(`${locale}: ${path} is ${JSON.stringify(value)}, not a text`)
    for (const [other, otherTexts] of byLocale) {
      if (other === locale) continue
      for (const [path, value] of otherTexts) {
        if (!texts.has(path)) problems.push(`${locale} lacks ${path} (${other} has it)`)
        else if (texts.get(path) === '' && value !== '') problems.push(`${locale}: ${path} is empty (${other}'s is not)`)
      }
    }
  }
  return problems
}
