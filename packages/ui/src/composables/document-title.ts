import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'

/**
 * Keeps `document.title` as "page - site": the page is the route's `meta.titleKey` (left out while
 * `showPage()` is false, e.g. behind a sign-in gate), the site is `site()`.
 */
export function useDocumentTitle(site: () => string, showPage: () => boolean = () => true): void {
  const { t } = useI18n()
  const route = useRoute()
  watchEffect(() => {
    const page = showPage() && route.meta.titleKey ? t(route.meta.titleKey) : ''
    document.title = page ? `${page} - ${site()}` : site()
  })
}
