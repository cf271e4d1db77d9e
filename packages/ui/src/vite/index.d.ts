import type { ViteUserConfig } from 'vitest/config'

export interface AppConfigOptions {
  /** The app's name in messages, e.g. `web`. */
  name: string
  /** The dev and preview port (strict: never another one). */
  port: number
  /** More configuration, merged over the shared one (e.g. `test` options). */
  overrides?: ViteUserConfig
}

/** The apps' Vite and Vitest configuration: Vue, Element Plus on demand, a fixed port, happy-dom tests. */
export function defineAppConfig(options: AppConfigOptions): ViteUserConfig

/** True when the port is taken on either loopback address (`localhost` may be either). */
export function isPortBusy(port: number, hosts?: readonly string[]): Promise<boolean>

/** The one line the dev server prints instead of Vite's error and stack trace. */
export function busyPortMessage(app: string, port: number): string
