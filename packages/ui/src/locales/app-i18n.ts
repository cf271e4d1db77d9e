import { createI18n } from 'vue-i18n'
import { loadLocale, saveLocale, uiMessages, type SupportedLocale } from './index'
import { compileMessage } from './message-compiler'
import uiZhCN from './zh-CN'

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
  return createI18n(
    i18nOptions(
      {
        'zh-CN': mergeMessages(uiMessages['zh-CN'], appMessages['zh-CN']),
        en: mergeMessages(uiMessages.en, appMessages.en),
      },
      locale,
    ),
  )
}

function i18nOptions(messages: Partial<Record<SupportedLocale, Messages>>, locale: SupportedLocale) {
  return {
    legacy: false as const,
    locale,
    fallbackLocale: 'zh-CN',
    missing: (missingLocale: string, key: string) => {
      reportMissingMessage(missingLocale, key)
    },
    messages,
    // Ours, not vue-i18n's (see message-compiler.ts): production builds drop vue-i18n's compiler.
    messageCompiler: compileMessage,
  }
}

/** A language's messages, imported when first needed (its own chunk): `() => import('./locales/en')`. */
export type MessagesLoader = () => Promise<{ default: Messages }>

/** Per app (keyed by its i18n's `locale` ref): loads a language's messages before it is shown. */
const localeLoaders = new WeakMap<object, (locale: SupportedLocale) => Promise<void>>()

/**
 * What the apps' `main.ts` use: as createAppI18n, but only Chinese ships with the first page; English
 * (the shared components' and the app's, ≈11 kB gzipped) is imported when it is first chosen, or before
 * the app mounts when it was chosen earlier on this browser. Switching languages through applyLocale
 * (the LanguageSwitch) waits for the messages, so no key ever shows untranslated.
 */
export async function createLazyAppI18n(
  appMessages: { 'zh-CN': Messages; en: MessagesLoader },
  locale: SupportedLocale = loadLocale(),
) {
  const i18n = createI18n(i18nOptions({ 'zh-CN': mergeMessages(uiZhCN, appMessages['zh-CN']) }, 'zh-CN'))
  const loaded = new Map<SupportedLocale, Promise<void>>([['zh-CN', Promise.resolve()]])
  const load = (target: SupportedLocale): Promise<void> => {
    let loading = loaded.get(target)
    if (!loading) {
      loading = Promise.all([import('./en'), appMessages.en()]).then(([ui, app]) => {
        i18n.global.setLocaleMessage(target, mergeMessages(ui.default, app.default))
      })
      loading.catch(() => loaded.delete(target)) // a failed chunk load may be retried
      loaded.set(target, loading)
    }
    return loading
  }
  localeLoaders.set(i18n.global.locale, load)
  if (locale !== 'zh-CN') {
    try {
      await load(locale)
      i18n.global.locale.value = locale
    } catch {
      // the chunk could not be loaded: the page opens in Chinese
    }
  }
  return i18n
}

/** Switches the language (once its messages are loaded), remembers it in localStorage and updates `<html lang>`. */
export function applyLocale(target: { value: string }, locale: SupportedLocale): Promise<void> {
  const apply = () => {
    target.value = locale
    saveLocale(locale)
    document.documentElement.lang = locale
  }
  const load = localeLoaders.get(target)
  if (!load) {
    apply()
    return Promise.resolve()
  }
  return load(locale).then(apply)
}
