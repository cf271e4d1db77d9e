import { createI18n } from 'vue-i18n'
import { compileMessage } from '../locales/message-compiler'

type Messages = { [key: string]: string | Messages }

function leaves(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )
}

/**
 * Every message of `messages` rendered by vue-i18n's own compiler and by the apps' (compileMessage),
 * with its placeholders filled and, for plural messages, at several counts: the keys and both texts
 * where they differ (an empty list when the two agree). Needs vue-i18n's compiler in the test build
 * (`__INTLIFY_DROP_MESSAGE_COMPILER__` false, as defineAppConfig sets it under Vitest).
 */
export function compareWithVueI18n(messages: Messages, locale = 'zh-CN'): { key: string; vueI18n: string; ours: string }[] {
  const options = { legacy: false as const, locale, messages: { [locale]: messages }, missingWarn: false, fallbackWarn: false }
  const theirs = createI18n(options).global
  const ours = createI18n({ ...options, messageCompiler: compileMessage }).global
  const differences: { key: string; vueI18n: string; ours: string }[] = []
  for (const [key, source] of leaves(messages)) {
    const named: Record<string, unknown> = {}
    for (const match of source.matchAll(/\{\s*([A-Za-z_$][\w$-]*)\s*\}/g)) named[match[1]!] = `<${match[1]}>`
    const list = ['<0>', '<1>', '<2>']
    const calls: [string, () => string][] = [
      ['named', () => theirs.t(key, named)],
      ['list', () => theirs.t(key, list)],
    ]
    const ourCalls: (() => string)[] = [() => ours.t(key, named), () => ours.t(key, list)]
    for (const n of [0, 1, 2, 7]) {
      calls.push([`plural ${n}`, () => theirs.t(key, { ...named, n, count: n }, n)])
      ourCalls.push(() => ours.t(key, { ...named, n, count: n }, n))
    }
    calls.forEach(([how, render], i) => {
      let a: string
      let b: string
      try {
        a = render()
      } catch (error) {
        a = `throws ${String(error)}`
      }
      try {
        b = ourCalls[i]!()
      } catch (error) {
        b = `throws ${String(error)}`
      }
      if (a !== b) differences.push({ key: `${key} (${how})`, vueI18n: a, ours: b })
    })
  }
  return differences
}
