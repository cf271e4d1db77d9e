import type { Page } from 'playwright-core'
// The catalogues the apps name things from (built before the e2e run: turbo's ^build).
import { catalogues, factDefinitions, measures } from '../../packages/policy-rules/dist/index.js'

/** Every code the UI must show by name, never as is: catalogue codes, roles, measure ids, fact names. */
const CODES = new Set<string>([
  ...catalogues.industries.map((i) => i.code),
  ...catalogues.districts.map((d) => d.code),
  ...catalogues.bureaus.map((b) => b.code),
  ...catalogues.associations.map((a) => a.code),
  ...catalogues.appealCategories.map((c) => c.code),
  ...measures.map((m) => m.id),
  ...factDefinitions.map((f) => f.name),
  'enterprise',
  'coordinator',
  'bureau_officer',
  'association',
  'admin',
  'eligible',
  'ineligible',
  'unknown',
])

/**
 * The codes that are not also English words, for the English UI (`industry`, `land` or `energy-saving`
 * are both codes and words there): names of facts (camelCase), roles with an underscore, bureau and
 * association codes, measure ids of three words or more.
 */
const ENGLISH_WORDS = new Set(['commerce', 'ecology', 'talent', 'finance', 'transport', 'emergency', 'police', 'planning', 'comms', 'other'])
const CODES_IN_ENGLISH = new Set<string>(
  [...CODES].filter(
    (code) =>
      /[A-Z_]/.test(code) ||
      (!ENGLISH_WORDS.has(code) && [...catalogues.bureaus, ...catalogues.associations].some((c) => c.code === code)) ||
      (code.split('-').length >= 3 && measures.some((m) => m.id === code)),
  ),
)

/** English abbreviations with a dot inside, which look like message keys ("e.g. 60,000,000"). */
const LATIN_ABBREVIATIONS = new Set(['e.g', 'i.e'])

/** Latin words the Chinese UI may show: names of languages, acronyms of the plan's text, file formats. */
const LATIN_ALLOWED = new Set(['English', 'eVTOL', 'CSV', 'Excel', 'Markdown'])

/** What is shown as it is in any language: the demo accounts' user names, request ids and user ids (UUIDs), USCCs, appeals' tracking numbers. */
const DEMO_USERS = ['enterprise-a', 'enterprise-b', 'coordinator', 'bureau-sheitc', 'bureau-stcsm', 'bureau-planning', 'association-ic', 'association-bio', 'admin', 'enterprise-user']
/** The demo seed's other login names (the appeal timeline names who acted by login name). */
const DEMO_LOGIN = /^officer-[a-z-]+$/
/** A host name of a URL shown as it is (a meeting link, an official site). */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(cn|com|gov|org|net|example)$/
const IDENTIFIER = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-Z]{18}|SQ-\d{4}-\d{6})$/

export interface PageProblems {
  /** Strings that look like message keys (`enterprises.notFoundBody`). */
  keys: string[]
  /** Codes shown as they are (`sheitc`, `sh-ic-association`). */
  codes: string[]
  /** English words in the Chinese UI (zh-CN only). */
  english: string[]
}

/**
 * What a person reads on the page (rendered text only) that should not be there: message keys, raw
 * codes, and in the Chinese UI English words. E-mail addresses, URLs, user names of the demo accounts
 * and USCCs are what they are.
 */
export async function pageProblems(page: Page, locale: 'zh-CN' | 'en', allowed: readonly string[] = []): Promise<PageProblems> {
  const text: string = await page.evaluate(() => document.body.innerText)
  const tokens = text
    .split(/[\s，。；：、（）()「」“”"'《》〔〕【】<>!?！？,;:·—→/|]+/u)
    .map((token) => token.replace(/^[.\-_[\]]+|[.\-_[\]]+$/g, ''))
    .filter((token) => token && !token.includes('@') && !/^https?$/.test(token) && !allowed.includes(token) && !DEMO_USERS.includes(token) && !DEMO_LOGIN.test(token) && !IDENTIFIER.test(token))
  const keys = tokens.filter(
    (token) => /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9_-]*)+$/.test(token) && !/\.(cn|com|gov|org|example)$/.test(token) && !LATIN_ABBREVIATIONS.has(token),
  )
  const codes = tokens.filter((token) => (locale === 'zh-CN' ? CODES : CODES_IN_ENGLISH).has(token))
  const english =
    locale === 'zh-CN'
      ? tokens.filter((token) => /[A-Za-z]{2,}/.test(token) && !/\p{Script=Han}/u.test(token) && !/^[A-Z0-9]+$/.test(token) && !LATIN_ALLOWED.has(token) && !HOST.test(token))
      : []
  return { keys: [...new Set(keys)], codes: [...new Set(codes)], english: [...new Set(english)] }
}

/** Console messages that say a message is missing (vue-i18n's words, which the apps also use in production builds). */
export function collectMissingMessages(page: Page): string[] {
  const missing: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (/\[intlify\] (Not found|Fall back)/.test(text)) missing.push(text)
  })
  return missing
}

/** The document's width beyond the viewport (a page that scrolls sideways on a phone). */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const widest = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      .filter((el) => !el.closest('.data-table-scroll, .sp-trace__scroll, .el-scrollbar, .el-table'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)}px)`)
    return { scrollWidth: document.documentElement.scrollWidth, widest }
  })
}
