import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['setup/stack.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // Tests marked concurrent (the every-page walks, each in its own Chromium) run this many at a time:
    // a walk mostly waits for its pages, so three keep a 2-core machine busy without starving the stack.
    maxConcurrency: 3,
  },
})
