import en from './en'
import zhCN from './zh-CN'

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]

/** Each language named in itself, as language pickers do. */
export const LOCALE_NAMES: Record<SupportedLocale, string> = { 'zh-CN': '简体中文', en: 'English' }

/** Messages of the shared components, merged into each app's vue-i18n messages. */
export const uiMessages = { 'zh-CN': zhCN, en } as const

const STORAGE_KEY = 'servicepack.locale'

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The language chosen earlier on this browser, else Chinese. */
export function loadLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): SupportedLocale {
  const saved = storage?.getItem(STORAGE_KEY)
  return isSupportedLocale(saved) ? saved : 'zh-CN'
}

export function saveLocale(locale: SupportedLocale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  storage?.setItem(STORAGE_KEY, locale)
}
