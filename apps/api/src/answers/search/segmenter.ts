import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import type { Jieba } from '@node-rs/jieba'
import { POLICY_TERMS } from './policy-terms.js'
import { SYNONYM_GROUPS } from './synonyms.js'

/**
 * Chinese search text, segmented in the API (PostgreSQL needs no extension): synonyms rewritten to
 * their canonical form, then `@node-rs/jieba`'s search mode with the plan's terms in its dictionary,
 * then function words dropped. The same function serves the index and the query.
 */

const require = createRequire(import.meta.url)
let jieba: Jieba | undefined

function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict } = require('@node-rs/jieba/dict') as { dict: Buffer }
    jieba = JiebaClass.withDict(dict)
    jieba.loadDict(Buffer.from(dictionaryLines(), 'utf8'))
  }
  return jieba
}

/** The user dictionary in jieba's format (`word frequency tag` a line): the plan's terms and every synonym form. */
function dictionaryLines(): string {
  const words = new Set([...POLICY_TERMS, ...SYNONYM_GROUPS.flat()].map((w) => w.toLowerCase()).filter((w) => !/[()（）/]/.test(w)))
  return [...words].map((w) => `${w} 200000 n`).join('\n') + '\n'
}

/** Identifies the dictionary and the synonym table: an answer indexed under another hash is re-indexed. */
export const DICTIONARY_HASH = createHash('sha256').update(JSON.stringify({ v: 1, terms: POLICY_TERMS, synonyms: SYNONYM_GROUPS })).digest('hex')

const forms = SYNONYM_GROUPS.flatMap((group) => group.map((form) => [form.toLowerCase(), group[0]!.toLowerCase()] as const)).sort((a, b) => b[0].length - a[0].length)
const canonical = new Map(forms)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const synonymPattern = new RegExp(forms.map(([f]) => escape(f)).join('|'), 'g')

/** Full-width letters and digits to ASCII, lower case, synonyms to their canonical form. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(synonymPattern, (m) => canonical.get(m) ?? m)
}

/** Words that say nothing about the subject of a question. */
const STOP_WORDS = new Set([
  '的', '了', '吗', '呢', '啊', '吧', '么', '呀', '嘛', '是', '在', '和', '与', '及', '或', '对', '把', '被', '给', '让', '也', '都', '就', '还', '又', '再',
  '我', '我们', '我司', '本公司', '咱们', '你们', '您', '他们', '这个', '那个', '这些', '那些', '这', '那', '有', '没有', '有没有', '是不是', '是否',
  '怎么', '怎么样', '怎样', '如何', '什么', '哪些', '哪个', '哪里', '为什么', '可以', '可不可以', '能', '能否', '能不能', '会', '要', '想', '需要', '请问',
  '一下', '一些', '一个', '请', '谢谢', '你好', '您好', '现在', '今年', '公司', '企业', '问', '问题', '咨询', '想问', '知道',
])

/** The words of a text, in order, as the index and the query see them. */
export function segment(text: string): string[] {
  const words: string[] = []
  for (const raw of segmenter().cutForSearch(normalise(text), true)) {
    // only letters and digits reach to_tsvector/to_tsquery: no operator can be injected
    for (const word of raw.split(/[^\p{L}\p{N}]+/u)) {
      if (word && !STOP_WORDS.has(word)) words.push(word)
    }
  }
  return words
}

/** The text stored with weight A (question) and B (answer): words separated by spaces, for to_tsvector('simple', …). */
export function indexText(question: string, answer: string): { a: string; b: string } {
  return { a: segment(question).join(' '), b: segment(answer).join(' ') }
}

/** The dictionary's own words (the plan's terms and every synonym's canonical form), lower case. */
const TERMS = new Set([...POLICY_TERMS, ...SYNONYM_GROUPS.map((g) => g[0]!)].map((w) => w.toLowerCase()))

/**
 * The distinct words a query searches for: its segments, less the pieces of a dictionary term it
 * holds (经信委 → 市经济信息化委, not also 经济 and 信息, which half the answers hold). The pieces
 * of a word the dictionary does not know stay: they are how a compound finds its parts.
 */
export function queryWords(q: string): string[] {
  const words = [...new Set(segment(q))]
  const terms = words.filter((w) => TERMS.has(w))
  return words.filter((w) => !terms.some((t) => t !== w && t.includes(w)))
}

/** A tsquery (for to_tsquery('simple', …)) matching any of the query's words; null when it has none. */
export function tsQuery(q: string): string | null {
  const words = queryWords(q)
  return words.length ? words.map((w) => `'${w}'`).join(' | ') : null
}
