/*
 * oidc-provider 9 prints "Unsupported runtime. Use Node.js v22.x LTS" when it is imported on Node 20.
 * It was verified to work on Node 20 here (see docs/toolchain.md), and the dev SSO should print one
 * line when it starts, so exactly that message is dropped. Imported before oidc-provider.
 */
const warn = console.warn.bind(console)
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('oidc-provider WARNING: Unsupported runtime')) return
  warn(...args)
}
export {}
