import { defineAppConfig } from '@servicepack/ui/vite'

export default defineAppConfig({
  name: 'web',
  port: 5173,
  overrides: {
    test: {
      // As in admin: let Vite transform element-plus so async-validator's CommonJS default import
      // works and form rules really validate in tests (the intake form's rules).
      server: { deps: { inline: ['element-plus'] } },
    },
  },
})
