import type { MessageContext, MessageFunction } from 'vue-i18n'

/**
 * The apps' message compiler, in place of vue-i18n's (`@intlify/message-compiler`, ≈10 kB gzipped of
 * every first page, dropped by `__INTLIFY_DROP_MESSAGE_COMPILER__`). It reads the one syntax the
 * portal's messages use: text, named `{name}` and list `{0}` placeholders, literals `{'{'}`, and plural
 * cases `one | many` (or `none | one | many`). Each app's locale spec compares it, message by
 * message, with vue-i18n's own compiler (compareWithVueI18n), so a message in any other syntax fails
 * there before it reaches a user.
 */
type Part = string | { named: string } | { list: number }
/** What vue-i18n hands a message function (its compiled messages use these two, its types omit them). */
type Context = MessageContext<string> & { normalize(values: unknown[]): unknown; interpolate(value: unknown): unknown }

const PLACEHOLDER = /\{\s*(?:'([^']*)'|(\d+)|([A-Za-z_$][\w$-]*))\s*\}/g

/** One plural case (or the whole message) as text and placeholders. */
export function parseParts(source: string): Part[] {
  const parts: Part[] = []
  let last = 0
  for (const match of source.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0
    if (index > last) parts.push(source.slice(last, index))
    const [, literal, list, named] = match
    if (literal !== undefined) parts.push(literal)
    else if (list !== undefined) parts.push({ list: Number(list) })
    else parts.push({ named: named! })
    last = index + match[0].length
  }
  if (last < source.length) parts.push(source.slice(last))
  return parts
}

/** The plural cases of a message: split on `|`, the spaces around each bar dropped. */
export function pluralCases(source: string): string[] {
  return source.includes('|') ? source.split(/\s*\|\s*/) : [source]
}

function render(ctx: Context, parts: Part[]): unknown {
  if (parts.every((part) => typeof part === 'string')) {
    const text = parts.join('')
    return ctx.type === 'text' ? text : ctx.normalize([text])
  }
  return ctx.normalize(
    parts.map((part) =>
      typeof part === 'string' ? part : ctx.interpolate('named' in part ? ctx.named(part.named) : ctx.list(part.list)),
    ),
  )
}

/**
 * Compiled messages by language, key and text, as vue-i18n caches its own compiler's output (it does not
 * cache a custom compiler's, and it writes the key and language onto the function it gets).
 */
const compiled = new Map<string, MessageFunction<string>>()

/** vue-i18n's `messageCompiler` option. Messages that are not strings (functions) never reach it. */
export function compileMessage(source: unknown, context?: { locale?: unknown; key?: unknown }): MessageFunction<string> {
  const text = typeof source === 'string' ? source : ''
  const cacheKey = `${String(context?.locale)}\u0000${String(context?.key)}\u0000${text}`
  let message = compiled.get(cacheKey)
  if (message) return message
  const cases = pluralCases(text).map(parseParts)
  message =
    cases.length === 1
      ? (((ctx: Context) => render(ctx, cases[0]!)) as MessageFunction<string>)
      : (((ctx: Context) => ctx.plural(cases.map((parts) => render(ctx, parts)) as string[])) as MessageFunction<string>)
  compiled.set(cacheKey, message)
  return message
}
