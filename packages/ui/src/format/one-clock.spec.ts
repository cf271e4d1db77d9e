import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * One clock and one vocabulary everywhere: no page formats a time on its own (vue-i18n's `d`, the
 * browser's locale formats or Intl.DateTimeFormat, which follow the browser's zone) and no page has
 * an empty value of its own. Times go through formatDateTime / formatDate, empty values through
 * useVocabulary (ui.common.empty).
 */
const workspace = resolve(import.meta.dirname, '../../../..')
const roots = ['packages/ui/src', 'apps/web/src', 'apps/admin/src'].map((dir) => join(workspace, dir))
const ALLOWED = new Set(['packages/ui/src/format/datetime.ts'])

/** [rule, why, whether locale files (which name words, e.g. a condition's result 未知) are exempt] */
const RULES: [RegExp, string, boolean?][] = [
  [/\{[^}]*\bd\b[^}]*\}\s*=\s*useI18n\(/, "vue-i18n's d(): use formatDateTime / formatDate of @servicepack/ui"],
  [/\.toLocale(Date|Time)String\(/, 'the browser zone: use formatDateTime / formatDate of @servicepack/ui'],
  [/new Intl\.DateTimeFormat\(/, 'a clock of its own: use formatDateTime / formatDate of @servicepack/ui'],
  [/（空）|'未知'|"未知"/, 'an empty value of its own: use ui.common.empty (未填写)', true],
]

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path)
    return /\.(vue|ts)$/.test(entry.name) && !/\.spec\.ts$|\.d\.ts$/.test(entry.name) ? [path] : []
  })
}

export function clockProblems(): string[] {
  const problems: string[] = []
  for (const root of roots) {
    for (const file of files(root)) {
      const name = relative(workspace, file)
      if (ALLOWED.has(name)) continue
      const text = readFileSync(file, 'utf8')
      const locale = name.includes('/locales/')
      for (const [rule, why, localesExempt] of RULES) if (!(locale && localesExempt) && rule.test(text)) problems.push(`${name}: ${why}`)
    }
  }
  return problems
}

describe('one clock, one vocabulary', () => {
  it('no page of either app formats times or empty values on its own', () => {
    expect(clockProblems()).toEqual([])
  })

  it('finds a page that would', () => {
    expect(RULES.some(([rule]) => rule.test("const { t, d } = useI18n()"))).toBe(true)
    expect(RULES.some(([rule]) => rule.test('date.toLocaleDateString()'))).toBe(true)
    expect(RULES.some(([rule]) => rule.test("label: '（空）'"))).toBe(true)
  })
})
