import type { Plugin } from 'vite'
import type { ViteUserConfig } from 'vitest/config'

export interface AppConfigOptions {
  /** The app's name in messages, e.g. `web`. */
  name: string
  /** The dev and preview port (strict: never another one). */
  port: number
  /** `vite build` fails when the JS the first page loads (entry + modulepreloads, gzipped) exceeds this many kB (1,000 bytes). */
  initialJsKb?: number
  /** More configuration, merged over the shared one (e.g. `test` options). */
  overrides?: ViteUserConfig
}

/**
 * The apps' Vite and Vitest configuration: Vue, Element Plus on demand, a fixed port, happy-dom tests,
 * and a dev server that serves only the app, its workspace packages and node_modules (never `.data`).
 */
export function defineAppConfig(options: AppConfigOptions): ViteUserConfig

/** True when the port is taken on either loopback address (`localhost` may be either). */
export function isPortBusy(port: number, hosts?: readonly string[]): Promise<boolean>

/** The one line the dev server prints instead of Vite's error and stack trace. */
export function busyPortMessage(app: string, port: number): string

/** Vite 8's default `server.fs.deny` (a configured deny list replaces it). */
export const VITE_DEFAULT_DENY: readonly string[]

/** Never served by a dev server: `.data` (the dev SSO's private key, PostgreSQL's files). */
export const PROJECT_DENY: readonly string[]

/** The workspace packages an app depends on, followed through their own workspace dependencies (real folders). */
export function workspacePackageDirs(appRoot: string): string[]

/** The app's `server.fs`: the app, its workspace packages and `<workspace>/node_modules` allowed; Vite's defaults and `.data` denied. */
export function fsAccess(appRoot: string): { strict: true; allow: string[]; deny: string[] }

/** Compile-time flags of Vue and vue-i18n (`define`): no devtools hooks and no legacy i18n API in production. */
export const featureFlags: Readonly<Record<string, boolean>>

/** Strings whose presence in a production chunk means devtools code was shipped. */
export const DEVTOOLS_MARKERS: readonly string[]

/** `vite build` fails when a chunk carries devtools code or is named after devtools. */
export function noDevtools(): Plugin

/** Cache-Control of a hashed asset that exists, as nginx sends it. */
export const IMMUTABLE: string

/** `vite preview` serves /assets/ as nginx does: an existing file cached for good, a missing one a 404 that is not cached. */
export function previewAssetCaching(): Plugin

/** What the dev server pre-bundles before the first page (Element Plus's component styles included). */
export const OPTIMIZED_DEPS: readonly string[]

/** `sitemap.xml` of the public pages (absolute URLs under `origin`). */
export function sitemapXml(origin: string, paths: readonly string[]): string
/** `robots.txt` that points to the sitemap. */
export function robotsTxt(origin: string): string
/** Writes sitemap.xml and robots.txt into the build and serves them from the dev server. */
export function sitemap(options: { origin: string; paths: () => readonly string[] }): Plugin

/** PostCSS plugin: each px `font-size` becomes `calc(<px> * var(--sp-font-scale, 1))` (长辈模式 sets the scale). */
export function fontScale(): { postcssPlugin: string; Declaration: Record<string, (decl: { value: string }) => void> }

/** `13px` → `calc(13px * var(--sp-font-scale, 1))`; other values unchanged. */
export function scaleFontSize(value: string): string

/** The entry script and the modulepreloads that a built index.html names (the first page's JS). */
export function initialScripts(html: string): string[]

/** 1,000 bytes, as Vite prints kB. */
export const KB: number

/** Each initial file's gzipped size (level 9) and their sum, in bytes. */
export function initialJsSize(html: string, read: (file: string) => string | Uint8Array | undefined): { files: { file: string; gzip: number }[]; gzip: number }

/** `vite build`: prints the initial JS and fails the build over `budgetKb`. */
export function initialJsBudget(name: string, budgetKb: number): Plugin
