import { defineAppConfig } from '@servicepack/ui/vite'

export default defineAppConfig({
  name: 'admin',
  port: 5174,
  // Issue 22's budget: the first page's JS (entry + modulepreloads), gzipped; the build fails over it.
  initialJsKb: 250,
  overrides: {
    test: {
      // Node would load async-validator (CommonJS) under Element Plus's ESM default import as a
      // namespace object: every form rule then "passes". Letting Vite transform element-plus fixes
      // the interop, so form validation in tests is the real one.
      server: { deps: { inline: ['element-plus'] } },
    },
  },
})
