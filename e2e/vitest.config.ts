import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['setup/stack.ts'],
    testTimeout: 90_000,
    // expect.poll waits for what a page shows after an API round trip. Vitest's default (1 s) is a
    // quiet machine's figure: in CI the SSO tests, Keycloak and the bench run beside, and a wait passes
    // the moment its condition holds, so a long one costs only a failing run its time.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 180_000,
    fileParallelism: false,
    // Tests marked concurrent (the every-page walks, each in its own Chromium) run this many at a time:
    // a walk mostly waits for its pages, so three keep a 2-core machine busy without starving the stack.
    maxConcurrency: 3,
  },
})
