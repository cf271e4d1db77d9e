import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ELEMENT_BASE_COLOURS, ELEMENT_SHADES, mix, renderElementPalette } from './element-palette'

// Element Plus's own variables, as its Sass wrote them: each colour's base, channels and shades.
const elementCss = readFileSync(createRequire(resolve(import.meta.dirname, 'x.js')).resolve('element-plus/theme-chalk/base.css'), 'utf8')
const elementVariables = new Map([...elementCss.matchAll(/--el-color-([a-z]+(?:-[a-z0-9]+)*):\s*([^;}]+)/g)].map((m) => [m[1]!, m[2]!.trim()]))
const elementColours = [...new Set([...elementVariables.keys()].filter((name) => elementVariables.has(`${name}-light-3`)))]

describe("the portal's Element Plus palette", () => {
  it('names every colour Element Plus has, so none keeps its default', () => {
    expect(elementColours.sort()).toEqual(Object.keys(ELEMENT_BASE_COLOURS).sort())
  })

  it.each(elementColours)("mixes Element Plus's own shades of its %s exactly as its Sass did", (name) => {
    const base = elementVariables.get(name)!
    for (const shade of ELEMENT_SHADES) expect(`${shade.suffix} ${mix(base, shade.with, shade.weight)}`).toBe(`${shade.suffix} ${elementVariables.get(`${name}-${shade.suffix}`)}`)
    expect(renderElementPalette({ [name]: base })).toContain(`--el-color-${name}-rgb: ${elementVariables.get(`${name}-rgb`)};`)
  })

  it.each([
    ['#000000', '#ffffff', 0.5, '#808080'], // 127.5 rounds up, as in Sass
    ['#1456b0', '#ffffff', 0.3, '#5b89c8'],
    ['#1456b0', '#000000', 0.2, '#10458d'],
  ])('mix(%s, %s, %s) is %s', (colour, other, weight, expected) => {
    expect(mix(colour, other, weight)).toBe(expected)
  })

  it('refuses what is not a colour #rrggbb', () => {
    expect(() => mix('#12345', '#ffffff', 0.3)).toThrow('not a colour #rrggbb: #12345')
  })

  it('is what element-palette.generated.css holds (else: pnpm --filter @servicepack/ui generate)', () => {
    expect(readFileSync(resolve(import.meta.dirname, 'element-palette.generated.css'), 'utf8')).toBe(renderElementPalette())
  })
})
