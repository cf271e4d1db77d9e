import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { visibleNav, type Access, type Viewer } from '../auth/roles'
import './meta'

export interface AppNavItem {
  to: string
  labelKey: string
  icon: Component
  access?: Access
}

/** The main navigation, taken from the routes that declare `meta.nav`, in route order. */
export function navItemsOf(routes: readonly RouteRecordRaw[]): AppNavItem[] {
  return routes.flatMap((route) =>
    route.meta?.nav
      ? [{ to: route.path, labelKey: route.meta.titleKey ?? String(route.name), icon: route.meta.nav.icon, access: route.meta.access }]
      : [],
  )
}

/** What the viewer's roles allow them to see (display only). */
export function navFor(routes: readonly RouteRecordRaw[], viewer: Viewer): AppNavItem[] {
  return visibleNav(navItemsOf(routes), viewer)
}

/** The nav entry to highlight for a path: the longest entry that prefixes it. */
export function activeNav(items: readonly AppNavItem[], path: string): string {
  const match = items
    .filter((item) => item.to === path || (item.to !== '/' && path.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0]
  return match?.to ?? path
}
