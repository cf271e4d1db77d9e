import type { ApiPropertyOptions, SchemaObject } from '@nestjs/swagger'
import { catalogues, factDefinitions } from '@servicepack/policy-rules'

/** The OpenAPI schema of the facts object, derived from policy-rules' fact definitions. */
export function factsSchema(): ApiPropertyOptions {
  const properties: Record<string, SchemaObject> = {}
  for (const def of factDefinitions) {
    const description = `${def.label.zh} / ${def.label.en}${def.unit ? ` (${def.unit})` : ''}`
    switch (def.type) {
      case 'boolean':
        properties[def.name] = { type: 'boolean', nullable: true, description }
        break
      case 'yuan':
      case 'count':
        properties[def.name] = { type: 'integer', minimum: 0, nullable: true, description }
        break
      case 'tonnes':
        properties[def.name] = { type: 'number', minimum: 0, nullable: true, description }
        break
      case 'code': {
        const list = def.catalogue === 'districts' ? catalogues.districts : catalogues.industries
        properties[def.name] = { type: 'string', enum: list.map((i) => i.code), nullable: true, description }
        break
      }
    }
  }
  return { type: 'object', properties, additionalProperties: false } as ApiPropertyOptions
}
