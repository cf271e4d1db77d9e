import { measures } from '@servicepack/policy-rules'
import { defineAppConfig, sitemap } from '@servicepack/ui/vite'

/** Where the portal is published (absolute URLs of the sitemap); the dev server's address by default. */
const origin = process.env.VITE_PORTAL_URL ?? 'http://localhost:5173'

export default defineAppConfig({
  name: 'web',
  port: 5173,
  // Issue 22's budget: the first page's JS (entry + modulepreloads), gzipped; the build fails over it.
  initialJsKb: 160,
  overrides: {
    // The public pages, every measure's own page included.
    plugins: [sitemap({ origin, paths: () => ['/', '/measures', '/measures/try', ...measures.map((m) => `/measures/${m.id}`)] })],
    test: {
      // As in admin: let Vite transform element-plus so async-validator's CommonJS default import
      // works and form rules really validate in tests (the intake form's rules).
      server: { deps: { inline: ['element-plus'] } },
    },
  },
})
