import MarkdownIt from 'markdown-it'

/**
 * A notice's body: Markdown written by an association, rendered ON THE SERVER (one source of truth:
 * both apps show the `bodyHtml` the API serves and never render Markdown themselves; the admin
 * app's preview asks POST /api/notices/render). Pure.
 *
 * - Raw HTML is off (`html: false`): `<script>`, `<img onerror=…>` stay visible as text.
 * - Links and autolinks only to http(s) and mailto (markdown-it's validateLink, narrowed); images
 *   are off (no tracking pixels, no `src` of any kind). Every link opens in a new tab with
 *   `rel="noopener noreferrer"`.
 * - Defence in depth on the finished HTML: nothing that reads `on…=` or `javascript:` survives even
 *   as text (`=` and `:` become character references there, which the browser shows unchanged), so
 *   the served HTML holds no `<script`, no `on*=` and no `javascript:` at all.
 */
const md = new MarkdownIt('commonmark', { html: false, linkify: true, breaks: true, typographer: false })
md.enable(['linkify', 'strikethrough', 'table'])
md.disable(['image'])

const SAFE_LINK = /^(https?:\/\/|mailto:)/i
md.validateLink = (url: string) => SAFE_LINK.test(url.trim())

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!
  token.attrSet('target', '_blank')
  token.attrSet('rel', 'noopener noreferrer')
  return defaultLinkOpen(tokens, idx, options, env, self)
}

/** The longest body the API stores (characters of Markdown). */
export const MAX_NOTICE_BODY = 8_000

export function renderNoticeMarkdown(markdown: string): string {
  return md
    .render(markdown)
    .replace(/\b(on[a-z]+)(\s*)=/gi, '$1$2&#61;')
    .replace(/\b(javascript|vbscript|data)(\s*):/gi, '$1$2&#58;')
}

/** The body as plain text (the calendar entry's description; the e-mail): Markdown marks kept, it reads fine. */
export function plainTextOf(markdown: string, max = 1000): string {
  const text = markdown.replace(/\r\n?/g, '\n').trim()
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
