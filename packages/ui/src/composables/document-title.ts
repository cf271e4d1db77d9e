import { onBeforeUnmount, shallowRef, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'

/** A page's own title (e.g. a measure's name), set by the page while it is shown (usePageTitle). */
const pageTitle = shallowRef<(() => string) | null>(null)

/**
 * Keeps `document.title` as "page - site": the page is its own title (usePageTitle) or the route's
 * `meta.titleKey` (left out while `showPage()` is false, e.g. behind a sign-in gate), the site is `site()`.
 */
export function useDocumentTitle(site: () => string, showPage: () => boolean = () => true): void {
  const { t } = useI18n()
  const route = useRoute()
  watchEffect(() => {
    const own = pageTitle.value?.()
    const page = showPage() ? own || (route.meta.titleKey ? t(route.meta.titleKey) : '') : ''
    document.title = page ? `${page} - ${site()}` : site()
  })
}

/** Names the page in the document title while the calling component is mounted (a link shared says what it is). */
export function usePageTitle(title: () => string): void {
  pageTitle.value = title
  onBeforeUnmount(() => {
    if (pageTitle.value === title) pageTitle.value = null
  })
}
