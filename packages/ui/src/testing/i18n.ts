import { createI18n } from 'vue-i18n'
import { datetimeFormats } from '../locales/datetime'
import { uiMessages } from '../locales'

/** A vue-i18n instance with only the shared components' messages, for component tests. */
export function testI18n(locale: 'zh-CN' | 'en' = 'zh-CN') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: uiMessages,
    datetimeFormats,
  })
}
