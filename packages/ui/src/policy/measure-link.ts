import { inject, provide, type InjectionKey } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type {} from '../env'

/**
 * Where a measure's citation leads: its public page. The portal links inside the app (a route); the
 * back office links out to the portal (a URL, `VITE_PORTAL_URL`). Provided once per app; components
 * that cite a measure (MeasureCard, the package table) ask for it.
 */
export type MeasureLink = (measureId: string) => RouteLocationRaw | string | null

export const measureLinkKey: InjectionKey<MeasureLink> = Symbol('measureLink')

export function provideMeasureLink(link: MeasureLink): void {
  provide(measureLinkKey, link)
}

/** The app's measure link, or one that leads nowhere (the citation is then plain text). */
export function useMeasureLink(): MeasureLink {
  return inject(measureLinkKey, () => null)
}

/** The portal's public page of a measure, as an absolute URL (for the back office). */
export function portalMeasureUrl(measureId: string, portal: string = import.meta.env.VITE_PORTAL_URL ?? 'http://localhost:5173'): string {
  return `${portal.replace(/\/+$/, '')}/measures/${encodeURIComponent(measureId)}`
}
