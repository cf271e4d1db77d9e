import { defineAppConfig } from '@servicepack/ui/vite'

export default defineAppConfig({
  name: 'admin',
  port: 5174,
  overrides: {
    test: {
      // Node would load async-validator (CommonJS) under Element Plus's ESM default import as a
      // namespace object: every form rule then "passes". Letting Vite transform element-plus fixes
      // the interop, so form validation in tests is the real one.
      server: { deps: { inline: ['element-plus'] } },
    },
  },
})
