import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileNameProblem, fileNameProblems } from './file-names'

describe('file names', () => {
  it('takes PascalCase components and their specs, kebab-case for the rest, locale tags in locales/', () => {
    expect(fileNameProblem('StewardDialog.vue', [])).toBeNull()
    expect(fileNameProblem('StewardDialog.spec.ts', ['StewardDialog.vue'])).toBeNull()
    expect(fileNameProblem('use-profile-editor.ts', [])).toBeNull()
    expect(fileNameProblem('app-config.js', [])).toBeNull()
    expect(fileNameProblem('index.d.ts', [])).toBeNull()
    expect(fileNameProblem('catalogue-search.spec.ts', [])).toBeNull()
    expect(fileNameProblem('zh-CN.ts', [], 'src/locales')).toBeNull()
  })

  it('refuses camelCase and PascalCase modules, kebab-case components and orphan PascalCase specs', () => {
    expect(fileNameProblem('useProfileEditor.ts', [])).toMatch(/kebab-case/)
    expect(fileNameProblem('ListQuery.ts', [])).toMatch(/kebab-case/)
    expect(fileNameProblem('steward-dialog.vue', [])).toMatch(/PascalCase/)
    expect(fileNameProblem('Orphan.spec.ts', ['Other.vue'])).toMatch(/beside Orphan\.vue/)
    expect(fileNameProblem('zh-CN.ts', [], 'src/views')).toMatch(/kebab-case/)
  })

  it('holds for packages/ui itself', () => {
    expect(fileNameProblems(resolve(import.meta.dirname, '..'))).toEqual([])
  })
})
