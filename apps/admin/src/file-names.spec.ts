import { fileNameProblems } from '@servicepack/ui/testing'
import { expect, it } from 'vitest'

it('names files in the house style (components PascalCase, everything else kebab-case)', () => {
  expect(fileNameProblems(import.meta.dirname)).toEqual([])
})
