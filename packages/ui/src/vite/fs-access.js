// Plain JavaScript: Vite loads the apps' vite.config.ts with Node, which imports this package as is.
import fs from 'node:fs'
import path from 'node:path'
import { searchForWorkspaceRoot } from 'vite'

/**
 * Vite 8's default `server.fs.deny` (node_modules/vite/dist/node/chunks/node.js, `_serverConfigDefaults`).
 * A configured deny list replaces the default instead of adding to it, so it is repeated here.
 */
export const VITE_DEFAULT_DENY = ['.env', '.env.*', '*.{crt,pem,key,p12,pfx,cer,der}', '.npmrc', '.yarnrc.yml', '**/.git/**']

/** Never served, whatever the allow list says: `.data` holds the dev SSO's private key and PostgreSQL's files. */
export const PROJECT_DENY = ['**/.data/**']

/**
 * The workspace packages an app depends on (`workspace:` dependencies and devDependencies), followed
 * through their own workspace dependencies, as real folders.
 * @param {string} appRoot
 * @returns {string[]}
 */
export function workspacePackageDirs(appRoot) {
  const found = new Set()
  const visit = (dir) => {
    let pkg
    try {
      pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
    } catch {
      return
    }
    for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      if (typeof spec !== 'string' || !spec.startsWith('workspace:')) continue
      let real
      try {
        real = fs.realpathSync(path.join(dir, 'node_modules', name))
      } catch {
        continue // not installed: nothing to serve
      }
      if (found.has(real)) continue
      found.add(real)
      visit(real)
    }
  }
  visit(path.resolve(appRoot))
  return [...found]
}

/**
 * What a dev server of the app at `appRoot` may serve (`server.fs`): the app itself, the workspace
 * packages it uses and the installed dependencies (`<workspace>/node_modules`, pnpm's store included),
 * nothing else — not the workspace root, so not `.data`, `infra`, the API's sources or `.git`. Vite's
 * default allow list is the whole workspace root. `.data` is denied as well, in case a future allow
 * entry ever covered it.
 * @param {string} appRoot
 * @returns {{ strict: true, allow: string[], deny: string[] }}
 */
export function fsAccess(appRoot) {
  const root = path.resolve(appRoot)
  const nodeModules = path.join(searchForWorkspaceRoot(root), 'node_modules')
  const allow = new Set()
  for (const dir of [root, ...workspacePackageDirs(root), nodeModules]) {
    allow.add(dir)
    try {
      allow.add(fs.realpathSync(dir)) // Vite resolves modules to real paths: a symlinked checkout has both
    } catch {
      // not there (yet): nothing to add
    }
  }
  return { strict: true, allow: [...allow], deny: [...VITE_DEFAULT_DENY, ...PROJECT_DENY] }
}

/**
 * Sets `server.fs` from the app's root as Vite resolved it (the current folder, `root` in the
 * configuration, or `vite <root>`).
 * @returns {import('vite').Plugin}
 */
export function fsAccessPlugin() {
  return {
    name: 'servicepack:fs-access',
    config(config) {
      return { server: { fs: fsAccess(config.root ?? process.cwd()) } }
    },
  }
}
