/* HTML served by the dev SSO: login, logout, error and the small pages keycloak-js loads. */

export type Lang = 'zh' | 'en'

const text = {
  zh: {
    product: '企业服务包门户',
    title: '登录',
    subtitle: '统一身份认证（开发环境）',
    signInTo: '登录到',
    username: '用户名或邮箱',
    password: '密码',
    submit: '登录',
    cancel: '取消',
    invalid: '无效的用户名或密码。', // Keycloak 26's zh-CN invalidUserMessage
    missing: '请输入用户名和密码。',
    demo: '演示账号（密码均为 demo）',
    devNote: '这是开发用身份服务，读取 infra/keycloak/realm-servicepack.json；生产环境使用 Keycloak。',
    switchTo: 'English',
    signingOut: '正在退出…',
    signOutButton: '退出登录',
    confirmSignOut: '确定要退出登录吗？',
    confirmSignOutFrom: '应用请求退出统一身份认证：',
    confirmSignOutNote: '退出后，在本浏览器中登录的所有应用都需要重新登录。如果这不是您发起的操作，关闭此页即可，您仍保持登录。',
    signedOut: '您已退出登录。',
    error: '出错了',
    back: '返回',
  },
  en: {
    product: 'Service Pack Portal',
    title: 'Sign in',
    subtitle: 'Single sign-on (development)',
    signInTo: 'Sign in to',
    username: 'Username or email',
    password: 'Password',
    submit: 'Sign in',
    cancel: 'Cancel',
    invalid: 'Invalid username or password.',
    missing: 'Please enter your username and password.',
    demo: 'Demo accounts (password: demo)',
    devNote: 'Development identity provider serving infra/keycloak/realm-servicepack.json; production uses Keycloak.',
    switchTo: '中文',
    signingOut: 'Signing out…',
    signOutButton: 'Sign out',
    confirmSignOut: 'Do you want to sign out?',
    confirmSignOutFrom: 'An application asks to end your single sign-on session:',
    confirmSignOutNote: 'Signing out signs you out of every application in this browser. If you did not ask for this, close this page: you stay signed in.',
    signedOut: 'You are signed out.',
    error: 'Something went wrong',
    back: 'Back',
  },
} as const

export type Texts = (typeof text)[Lang]

export function texts(lang: Lang): Texts {
  return text[lang]
}

/** Picks the page language: explicit choice first, then ui_locales/kc_locale, then Accept-Language. */
export function pickLang(...hints: (string | undefined | null)[]): Lang {
  for (const h of hints) {
    if (!h) continue
    const first = h.toLowerCase().split(/[\s,;]+/).find(Boolean) ?? ''
    if (first.startsWith('en')) return 'en'
    if (first.startsWith('zh')) return 'zh'
  }
  return 'zh'
}

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const css = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
 font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
 background:linear-gradient(135deg,#eef3fb 0%,#dfe8f6 100%);color:#1f2d3d}
main{width:100%;max-width:400px;margin:24px;background:#fff;border-radius:10px;box-shadow:0 8px 30px rgba(31,45,61,.12);padding:32px 32px 24px}
header{display:flex;align-items:center;justify-content:space-between;margin-bottom:20px}
.brand{display:flex;align-items:center;gap:10px;font-weight:600;font-size:18px;color:#1d4f91}
.logo{width:32px;height:32px;border-radius:8px;background:#1d4f91;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.lang{font-size:13px;color:#1d4f91;text-decoration:none}
.lang:hover{text-decoration:underline}
h1{font-size:20px;margin:0 0 4px}
.sub{margin:0 0 20px;color:#5a6b7d;font-size:13px}
label{display:block;font-size:14px;margin:14px 0 6px;color:#334}
input[type=text],input[type=password]{width:100%;padding:10px 12px;font-size:15px;border:1px solid #c8d2de;border-radius:6px;outline:none}
input:focus{border-color:#1d4f91;box-shadow:0 0 0 3px rgba(29,79,145,.15)}
.actions{display:flex;gap:10px;margin-top:22px}
button{flex:1;padding:10px 12px;font-size:15px;border-radius:6px;border:1px solid #1d4f91;background:#1d4f91;color:#fff;cursor:pointer}
button:hover{background:#173f74}
button.secondary{background:#fff;color:#1d4f91;flex:0 0 auto}
button.secondary:hover{background:#f2f6fb}
.error{background:#fdecea;color:#a8071a;border:1px solid #f5c2c0;border-radius:6px;padding:10px 12px;font-size:14px;margin-bottom:6px}
details{margin-top:22px;font-size:13px;color:#5a6b7d}
summary{cursor:pointer;color:#1d4f91}
table{width:100%;border-collapse:collapse;margin-top:8px}
td{padding:4px 6px;border-top:1px solid #eef1f5;vertical-align:top}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;color:#1f2d3d}
footer{margin-top:20px;font-size:12px;color:#8392a5;line-height:1.5}
`

function layout(lang: Lang, title: string, body: string, head = ''): string {
  const t = texts(lang)
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(t.product)}</title>
<style>${css}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`
}

function brand(lang: Lang, switchHref?: string): string {
  const t = texts(lang)
  return `<header>
  <div class="brand"><span class="logo" aria-hidden="true">服</span><span>${esc(t.product)}</span></div>
  ${switchHref ? `<a class="lang" href="${esc(switchHref)}" lang="${lang === 'zh' ? 'en' : 'zh-CN'}">${esc(t.switchTo)}</a>` : ''}
</header>`
}

export interface DemoAccount {
  username: string
  name: string
  roles: string[]
  org?: string
}

export interface LoginPageOptions {
  lang: Lang
  action: string
  switchHref: string
  clientName: string
  username?: string
  error?: 'invalid' | 'missing'
  demoAccounts: DemoAccount[]
}

export function loginPage(o: LoginPageOptions): string {
  const t = texts(o.lang)
  const rows = o.demoAccounts
    .map(
      (a) =>
        `<tr><td><code>${esc(a.username)}</code></td><td>${esc(a.name)}${a.org ? `<br><small>${esc(a.org)}</small>` : ''}</td><td><code>${esc(a.roles.join(', '))}</code></td></tr>`,
    )
    .join('')
  return layout(
    o.lang,
    t.title,
    `${brand(o.lang, o.switchHref)}
<h1>${esc(t.title)}</h1>
<p class="sub">${esc(t.signInTo)} ${esc(o.clientName)} · ${esc(t.subtitle)}</p>
${o.error ? `<div class="error" role="alert" id="login-error">${esc(o.error === 'invalid' ? t.invalid : t.missing)}</div>` : ''}
<form method="post" action="${esc(o.action)}" autocomplete="off" novalidate>
  <input type="hidden" name="lang" value="${o.lang}">
  <label for="username">${esc(t.username)}</label>
  <input type="text" id="username" name="username" value="${esc(o.username ?? '')}" autocapitalize="none" spellcheck="false" required ${o.username ? '' : 'autofocus'}>
  <label for="password">${esc(t.password)}</label>
  <input type="password" id="password" name="password" required ${o.username ? 'autofocus' : ''}>
  <div class="actions">
    <button type="submit" name="action" value="login" id="kc-login">${esc(t.submit)}</button>
    <button type="submit" name="action" value="cancel" class="secondary" formnovalidate>${esc(t.cancel)}</button>
  </div>
</form>
${rows ? `<details><summary>${esc(t.demo)}</summary><table>${rows}</table></details>` : ''}
<footer>${esc(t.devNote)}</footer>`,
  )
}

/**
 * RP-initiated logout with a valid `id_token_hint` of the signed-in user: no question asked (as in
 * Keycloak); the page submits itself (the button is there without JavaScript).
 */
export function logoutPage(lang: Lang, form: string): string {
  const t = texts(lang)
  const withConfirm = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>')
  return layout(
    lang,
    t.signOutButton,
    `${brand(lang)}
<h1>${esc(t.signingOut)}</h1>
${withConfirm}
<div class="actions"><button type="submit" form="op.logoutForm" autofocus>${esc(t.signOutButton)}</button></div>
<script>document.getElementById('op.logoutForm').submit()</script>`,
  )
}

/**
 * RP-initiated logout without a valid `id_token_hint` (any site can link here): Keycloak's "Do you want
 * to log out?" page. Nothing submits it but the button; the form carries oidc-provider's xsrf token.
 */
export function logoutConfirmPage(lang: Lang, form: string, clientName?: string): string {
  const t = texts(lang)
  const button = `<div class="actions"><button type="submit" name="logout" value="yes" id="kc-logout" autofocus>${esc(t.signOutButton)}</button></div>`
  return layout(
    lang,
    t.signOutButton,
    `${brand(lang)}
<h1>${esc(t.confirmSignOut)}</h1>
${clientName ? `<p class="sub">${esc(t.confirmSignOutFrom)} ${esc(clientName)}</p>` : ''}
${form.replace('</form>', `${button}</form>`)}
<footer>${esc(t.confirmSignOutNote)}</footer>`,
  )
}

export function loggedOutPage(lang: Lang): string {
  const t = texts(lang)
  return layout(lang, t.signedOut, `${brand(lang)}<h1>${esc(t.signedOut)}</h1>`)
}

export function errorPage(lang: Lang, error: string, description?: string): string {
  const t = texts(lang)
  return layout(
    lang,
    t.error,
    `${brand(lang)}<h1>${esc(t.error)}</h1>
<div class="error" role="alert"><code>${esc(error)}</code>${description ? `<br>${esc(description)}` : ''}</div>`,
  )
}

/**
 * keycloak-js loads this page first to learn whether third-party cookies work. Answering
 * "unsupported" turns its session-status iframe off; check-sso then falls back to a top-level
 * redirect with prompt=none. (Same behaviour as Keycloak in browsers that block them.)
 */
export const thirdPartyCookiesStep1 = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>3p-cookies</title></head>
<body><script>window.parent.postMessage("unsupported", "*")</script></body></html>`

/**
 * Keycloak's session-status iframe. keycloak-js posts "<clientId> <sid>"; the page asks the server
 * whether that session is still the current one and answers "unchanged", "changed" or "error".
 */
export function loginStatusIframe(checkUrl: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>login-status</title></head>
<body><script>
window.addEventListener('message', function (event) {
  if (typeof event.data !== 'string') return;
  var parts = event.data.split(' ');
  var url = ${JSON.stringify(checkUrl)} + '?client_id=' + encodeURIComponent(parts[0] || '') +
    '&session_state=' + encodeURIComponent(parts[1] || '') + '&origin=' + encodeURIComponent(event.origin);
  fetch(url, { credentials: 'include' })
    .then(function (r) { return r.ok ? r.json() : { status: 'error' }; })
    .then(function (body) { event.source.postMessage(body.status, event.origin); })
    .catch(function () { event.source.postMessage('error', event.origin); });
}, false);
</script></body></html>`
}
