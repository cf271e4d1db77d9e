import type { Component } from 'vue'
import type { Access } from '../auth/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the route (display only: the API decides). Default: the guard's `defaultAccess`. */
    access?: Access
    /** i18n key of the page title (and nav label). */
    titleKey?: string
    /** Present when the route appears in the main navigation. */
    nav?: { icon: Component }
  }
}
