// Plain JavaScript: Vite loads the apps' vite.config.ts with Node, which imports this package as is.
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { mergeConfig } from 'vite'
import { defineConfig } from 'vitest/config'
import { fsAccessPlugin } from './fs-access.js'
import { busyPortMessage, isPortBusy } from './port-check.js'

/**
 * `vite` (the dev server, not preview, not vitest): a busy port is one readable line and exit code 1,
 * instead of Vite's error with its stack trace.
 * @param {string} name
 * @returns {import('vite').Plugin}
 */
function portCheck(name) {
  return {
    name: 'servicepack:port-check',
    apply: (_config, env) => env.command === 'serve' && !env.isPreview && !process.env.VITEST,
    async configResolved(config) {
      const port = config.server.port
      if (config.server.middlewareMode || !port) return
      if (await isPortBusy(port)) {
        console.error(busyPortMessage(name, port))
        process.exit(1)
      }
    },
  }
}

/**
 * The apps' Vite and Vitest configuration: Vue, Element Plus on demand, a fixed port, happy-dom tests,
 * and a dev server that serves only the app, the workspace packages it uses and node_modules (never
 * `.data`, where the dev SSO's private key and PostgreSQL's files are; see fs-access.js).
 * @param {import('./index').AppConfigOptions} options
 */
export function defineAppConfig({ name, port, overrides = {} }) {
  // Element Plus on demand; no CSS under vitest (node cannot import .css files).
  const elementPlus = ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })
  const shared = defineConfig({
    plugins: [
      vue(),
      AutoImport({ resolvers: [elementPlus], dts: 'src/auto-imports.d.ts' }),
      Components({ resolvers: [elementPlus], dts: false }),
      portCheck(name),
      fsAccessPlugin(),
    ],
    server: { port, strictPort: true },
    preview: { port, strictPort: true },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts'],
      // Component tests mount whole pages with Element Plus; on a loaded 2-core machine one can take
      // several seconds. The limit catches hangs, not slowness (timings belong in bench/).
      testTimeout: 20_000,
    },
  })
  return mergeConfig(shared, overrides)
}
