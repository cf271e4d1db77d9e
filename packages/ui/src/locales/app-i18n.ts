import { createI18n } from 'vue-i18n'
import { loadLocale, saveLocale, uiMessages, type SupportedLocale } from './index'

type Messages = { [key: string]: string | Messages }

function isMessages(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `base` with `override` laid over it, key by key at every depth. */
export function mergeMessages(base: Messages, override: Messages): Messages {
  const merged: Messages = { ...base }
  for (const [key, value] of Object.entries(override)) {
    const under = merged[key]
    merged[key] = isMessages(under) && isMessages(value) ? mergeMessages(under, value) : value
  }
  return merged
}

/**
 * Says a message is missing, in production builds too (vue-i18n warns only in development): the words
 * of vue-i18n's own warning, so the browser test that walks every page fails on either.
 */
export function reportMissingMessage(locale: string, key: string): void {
  console.warn(`[intlify] Not found '${key}' key in '${locale}' locale messages.`)
}

/**
 * An app's vue-i18n: the shared components' messages (`ui.*`) with the app's own merged over them
 * (an app may override a shared text, e.g. `ui.pages.backHome`), Chinese as the fallback. A missing
 * message is reported on the console in every build (reportMissingMessage).
 */
export function createAppI18n(appMessages: Record<SupportedLocale, Messages>, locale: SupportedLocale = loadLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    missing: (missingLocale, key) => {
      reportMissingMessage(missingLocale, key)
    },
    messages: {
      'zh-CN': mergeMessages(uiMessages['zh-CN'], appMessages['zh-CN']),
      en: mergeMessages(uiMessages.en, appMessages.en),
    },
  })
}

/** Switches the language, remembers it in localStorage and updates `<html lang>`. */
export function applyLocale(target: { value: string }, locale: SupportedLocale): void {
  target.value = locale
  saveLocale(locale)
  document.documentElement.lang = locale
}
