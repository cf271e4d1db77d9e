import { datetimeFormats, loadLocale, saveLocale, uiMessages, type SupportedLocale } from '@servicepack/ui'
import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export const messages = {
  'zh-CN': { ...uiMessages['zh-CN'], ...zhCN },
  en: { ...uiMessages.en, ...en },
}

/** The shared formats plus `datetime` (minutes, shown in Shanghai time whatever the browser's zone). */
const appDatetimeFormats = {
  'zh-CN': {
    ...datetimeFormats['zh-CN'],
    datetime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' },
  },
  en: {
    ...datetimeFormats.en,
    datetime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' },
  },
} as const

export function createAppI18n(locale: SupportedLocale = loadLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages,
    datetimeFormats: appDatetimeFormats,
  })
}

/** Switches the language, remembers it in localStorage and updates `<html lang>`. */
export function applyLocale(target: { value: string }, locale: SupportedLocale): void {
  target.value = locale
  saveLocale(locale)
  document.documentElement.lang = locale
}
