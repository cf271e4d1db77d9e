import 'reflect-metadata'
import { plainToInstance } from 'class-transformer'
import { getMetadataStorage, validate } from 'class-validator'
import { describe, expect, it } from 'vitest'

/**
 * Every DTO of the API (every `*.dto.ts`): a nested property (`@ValidateNested`) refuses an array
 * where an object is expected — an array of arrays for a list of objects (`[[{…}]]`), an array for
 * one object — with a TYPE problem on the property itself (see nested-fields.ts).
 */
declare global {
  interface ImportMeta {
    /** Vite's (vitest's) import of every module matching a pattern. */
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>
  }
}

const modules = import.meta.glob<Record<string, unknown>>('../**/*.dto.ts', { eager: true })
const classes = [...new Set(Object.values(modules).flatMap((m) => Object.values(m)).filter((v): v is new () => object => typeof v === 'function'))]

interface Nested {
  dto: new () => object
  property: string
  each: boolean
}

const storage = getMetadataStorage()
const nested: Nested[] = []
for (const dto of classes) {
  const metadatas = storage.getTargetValidationMetadatas(dto, '', true, false)
  const seen = new Set<string>()
  for (const m of metadatas) {
    if (m.type !== 'nestedValidation' || seen.has(m.propertyName)) continue
    seen.add(m.propertyName)
    nested.push({ dto, property: m.propertyName, each: m.each === true })
  }
}

describe('nested DTO properties refuse arrays where objects are expected', () => {
  it('finds the DTOs with nested properties (the glob works)', () => {
    const names = nested.map((n) => `${n.dto.name}.${n.property}`)
    expect(names).toEqual(expect.arrayContaining(['UpdateRoutingDto.entries', 'AssignStewardsDto.enterprises', 'AttendanceDto.marks', 'CreateNoticeDto.audience']))
  })

  it.each(nested.map((n) => [`${n.dto.name}.${n.property}${n.each ? '[]' : ''}`, n] as const))('%s', async (_, { dto, property, each }) => {
    const hostile: unknown[] = each ? [[[{}]], [[]], [['x']], [null], [1]] : [[{}], [], 'x', 1, true]
    for (const value of hostile) {
      const errors = await validate(plainToInstance(dto, { [property]: value }) as object, { whitelist: true, forbidNonWhitelisted: true })
      const own = errors.find((e) => e.property === property)
      expect(own?.constraints ?? {}, `${dto.name}.${property} = ${JSON.stringify(value)}`).toHaveProperty('isObject')
    }
    // a well-formed value gets past the object check (its own fields may still be missing)
    const fine = each ? [{}] : {}
    const errors = await validate(plainToInstance(dto, { [property]: fine }) as object)
    expect(errors.find((e) => e.property === property)?.constraints ?? {}).not.toHaveProperty('isObject')
  })
})
