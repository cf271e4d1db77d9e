import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The every-page walk last: its three browsers at once keep both cores busy, while the other files (one
 * browser, one step at a time, waiting on the stack) leave CPU over. In CI the SSO tests and the small
 * bench run beside this stage's first minutes: the waiting files go beside them, and the walk fills the
 * cores when it is alone. Otherwise vitest's own order (longest first, from its cache or the file size).
 */
class WalkLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isWalk = (file: TestSpecification) => file.moduleId.endsWith('/every-page.e2e.ts')
    return [...sorted.filter((file) => !isWalk(file)), ...sorted.filter(isWalk)]
  }
}

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
    sequence: { sequencer: WalkLast },
  },
})
