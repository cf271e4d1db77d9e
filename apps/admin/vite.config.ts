import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vitest/config'

// Element Plus on demand; no CSS under vitest (node cannot import .css files).
const elementPlus = ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })

export default defineConfig({
  plugins: [
    vue(),
    AutoImport({ resolvers: [elementPlus], dts: 'src/auto-imports.d.ts' }),
    Components({ resolvers: [elementPlus], dts: false }),
  ],
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    // Node would load async-validator (CommonJS) under Element Plus's ESM default import as a
    // namespace object: every form rule then "passes". Letting Vite transform element-plus fixes
    // the interop, so form validation in tests is the real one.
    server: { deps: { inline: ['element-plus'] } },
  },
})
