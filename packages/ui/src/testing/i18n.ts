import { createAppI18n } from '../locales/app-i18n'

/** A vue-i18n instance with only the shared components' messages, for component tests. */
export function testI18n(locale: 'zh-CN' | 'en' = 'zh-CN') {
  return createAppI18n({ 'zh-CN': {}, en: {} }, locale)
}
