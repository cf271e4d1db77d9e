import type { ApiPropertyOptions, SchemaObject } from '@nestjs/swagger'
import { catalogueCodes, factDefinitions } from '@servicepack/policy-rules'

/** The OpenAPI schema of the facts object, derived from policy-rules' fact definitions. */
export function factsSchema(): ApiPropertyOptions {
  const properties: Record<string, SchemaObject> = {}
  for (const def of factDefinitions) {
    const description = `${def.label.zh} / ${def.label.en}${def.unit ? ` (${def.unit})` : ''}${def.retired ? '; retired: no longer asked, still accepted' : ''}`
    switch (def.type) {
      case 'boolean':
        properties[def.name] = { type: 'boolean', nullable: true, description }
        break
      case 'yuan':
      case 'count':
        properties[def.name] = { type: 'integer', minimum: 0, maximum: def.max, nullable: true, description }
        break
      case 'tonnes':
        properties[def.name] = { type: 'number', minimum: 0, maximum: def.max, nullable: true, description }
        break
      case 'code':
        properties[def.name] = { type: 'string', enum: [...catalogueCodes(def.catalogue ?? 'industries')], nullable: true, description }
        break
    }
    if (def.retired) properties[def.name]!.deprecated = true
  }
  return { type: 'object', properties, additionalProperties: false } as ApiPropertyOptions
}
