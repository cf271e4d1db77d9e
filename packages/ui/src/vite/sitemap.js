// Plain JavaScript: Vite loads the apps' vite.config.ts with Node, which imports this package as is.

/**
 * `sitemap.xml` (and a `robots.txt` pointing to it) for the public pages of an app.
 * @param {string} origin where the app is published, e.g. https://portal.example.gov.cn
 * @param {readonly string[]} paths the public pages, each starting with `/`
 * @returns {string}
 */
export function sitemapXml(origin, paths) {
  const base = origin.replace(/\/+$/, '')
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const urls = paths.map((path) => `  <url><loc>${escape(base + path)}</loc></url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

/**
 * @param {string} origin
 * @returns {string}
 */
export function robotsTxt(origin) {
  return `User-agent: *\nAllow: /\nSitemap: ${origin.replace(/\/+$/, '')}/sitemap.xml\n`
}

/**
 * Written into the build (the preview server serves the built files as they are) and served by the
 * dev server.
 * @param {{ origin: string, paths: () => readonly string[] }} options
 * @returns {import('vite').Plugin}
 */
export function sitemap({ origin, paths }) {
  const files = () => ({ '/sitemap.xml': ['application/xml', sitemapXml(origin, paths())], '/robots.txt': ['text/plain', robotsTxt(origin)] })
  const serve = (server) => {
    server.middlewares.use((req, res, next) => {
      const file = files()[(req.url ?? '').split('?')[0]]
      if (!file) return next()
      res.setHeader('content-type', `${file[0]}; charset=utf-8`)
      res.end(file[1])
    })
  }
  return {
    name: 'servicepack:sitemap',
    configureServer: serve,
    generateBundle() {
      for (const [name, [, source]] of Object.entries(files())) this.emitFile({ type: 'asset', fileName: name.slice(1), source })
    },
  }
}
