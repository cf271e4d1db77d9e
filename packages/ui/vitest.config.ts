import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue(), Components({ dts: false, resolvers: [ElementPlusResolver({ importStyle: false })] })],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/testing/settle-imports.ts', 'src/testing/element-to-string.ts'],
    // One happy-dom and one module cache for the files of a worker instead of a fresh one per file
    // (no spec here mocks a module; all 41 files pass sharing them): setting up happy-dom and importing
    // Vue and Element Plus again per file was most of this package's test time (the apps' component
    // tests share them too: src/vite/app-config.js).
    isolate: false,
  },
})
