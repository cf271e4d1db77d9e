import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The property specs (src/properties.spec.ts: fast-check, 100–1,000 generated profiles a property) take
    // about a second each alone, and several times that while CI runs the API's tests and the production
    // smoke beside them (two hit the 5 s default on 2 cores). The limit catches a hang, not slowness:
    // timings belong in the benches (pnpm bench:rules).
    testTimeout: 30_000,
  },
})
