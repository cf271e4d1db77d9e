import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // RSA key generation and child processes are slow on a loaded 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
