import { computed, type WritableComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { applyLocale } from './app-i18n'
import { isSupportedLocale, type SupportedLocale } from './index'

/** The current language as a `v-model` for LanguageSwitch: reading falls back to Chinese, writing applies it. */
export function useLocaleModel(): WritableComputedRef<SupportedLocale> {
  const { locale } = useI18n()
  return computed<SupportedLocale>({
    get: () => (isSupportedLocale(locale.value) ? locale.value : 'zh-CN'),
    set: (value) => void applyLocale(locale, value),
  })
}
