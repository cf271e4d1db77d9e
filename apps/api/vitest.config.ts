import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * Two tiers, one command (`vitest run` runs both; `--project unit` or `--project integration` one):
 * - unit: pure specs beside the code (src/**), no I/O, no setup — milliseconds;
 * - integration: test/** boots the real app against a real PostgreSQL cluster and the dev SSO,
 *   started once per run by the global setup (each file makes its own database, a copy of a migrated
 *   template, and boots its own app; the files of a worker share its imported modules).
 */
export default defineConfig({
  test: {
    // At least two files at a time (vitest's default is one per core less one: a single worker on 2
    // cores). An integration worker waits for PostgreSQL about half the time (13 of 28 s in
    // hostile-generated's profile), so one leaves a core idle: 3,246 tests alone 155 s / 145 CPU s →
    // 99 / 164. For both tiers: vitest runs projects with different worker counts only one after another.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts'],
          // Pure specs (no module mocks, no env of the process): one module cache for a worker's files.
          isolate: false,
          // Each project a group of its own, run one after the other (the unit tier first: 7 s): vitest 4
          // refuses two projects in one group whose worker counts it resolves differently, and once
          // refused this pair so in one clean-clone CI run of five, with one root maxWorkers for both.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.spec.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          pool: 'forks',
          // The files share a worker's module cache: each one boots its own app on its own database
          // (helpers/app.ts) from an injected env, so what they would not share is only the 2–3 s of
          // importing Nest, TypeORM and the app's modules again per file (most of the tier's time).
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
