import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * The house style for file names in the apps and packages/ui: Vue components and their specs in
 * PascalCase (`StewardDialog.vue`, `StewardDialog.spec.ts`), every other file and folder in kebab-case
 * (`use-profile-editor.ts`, `list-query.ts`, `app-config.js`), as the API names its files
 * (`enterprise-access.ts`). Locale files are named by their BCP 47 tag (`zh-CN.ts`).
 */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PASCAL = /^[A-Z][A-Za-z0-9]*$/
const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/

/** Why a file name breaks the house style, or null. `siblings` are the other names in its folder. */
export function fileNameProblem(name: string, siblings: readonly string[], folder = ''): string | null {
  const [stem = '', ...rest] = name.split('.')
  const suffix = rest.join('.')
  if (suffix === 'vue') return PASCAL.test(stem) ? null : `${name}: a component is named in PascalCase`
  if (PASCAL.test(stem) && /^spec\.ts$/.test(suffix)) {
    return siblings.includes(`${stem}.vue`) ? null : `${name}: a PascalCase spec must sit beside ${stem}.vue`
  }
  if (folder.split('/').includes('locales') && LOCALE_TAG.test(stem)) return null
  return KEBAB.test(stem) ? null : `${name}: name non-component files in kebab-case`
}

/** Every file and folder under `root` (node_modules and dist aside) whose name breaks the house style. */
export function fileNameProblems(root: string): string[] {
  const problems: string[] = []
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    const names = entries.map((e) => e.name)
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      const folder = relative(root, dir)
      if (entry.isDirectory()) {
        if (!KEBAB.test(entry.name)) problems.push(`${relative(root, path)}/: name folders in kebab-case`)
        walk(path)
      } else {
        const problem = fileNameProblem(entry.name, names, folder)
        if (problem) problems.push(folder ? `${folder}/${problem}` : problem)
      }
    }
  }
  walk(root)
  return problems
}
