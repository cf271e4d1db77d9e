import { datetimeFormats, loadLocale, saveLocale, uiMessages, type SupportedLocale } from '@servicepack/ui'
import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export const messages = {
  'zh-CN': { ...uiMessages['zh-CN'], ...zhCN },
  en: { ...uiMessages.en, ...en },
}

export function createAppI18n(locale: SupportedLocale = loadLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages,
    datetimeFormats,
  })
}

/** Switches the language, remembers it in localStorage and updates `<html lang>`. */
export function applyLocale(target: { value: string }, locale: SupportedLocale): void {
  target.value = locale
  saveLocale(locale)
  document.documentElement.lang = locale
}
