import { afterEach, vi } from 'vitest'

// Component tests' setup (both apps and packages/ui): a page mounted in a test may start loading a lazy
// component (the header's drop-downs, header-menus.ts; a lazy route); wait for those imports after each
// test, so none is still loading when the file's environment is torn down (vitest reports such a late
// import as an unhandled error).
afterEach(async () => {
  await vi.dynamicImportSettled()
})
