import en from 'element-plus/es/locale/lang/en'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** Element Plus's texts in the current language, for `<el-config-provider :locale>`. */
export function useElementLocale() {
  const { locale } = useI18n()
  return computed(() => (locale.value === 'en' ? en : zhCn))
}
