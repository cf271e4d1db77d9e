// Writes the API's OpenAPI document to packages/api-client/openapi.json (needs a build: dist/).
// No database is contacted: the document is built from the controllers' metadata alone.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

process.env.DB_MIGRATE_ON_START = 'false'
process.env.LOG_LEVEL = 'silent'
const here = path.dirname(fileURLToPath(import.meta.url))
const { buildOpenApiDocument } = await import('../dist/openapi.js')
const out = path.resolve(here, '../../../packages/api-client/openapi.json')
const document = await buildOpenApiDocument()
writeFileSync(out, JSON.stringify(document, null, 2) + '\n')
console.log(`OpenAPI document written to ${path.relative(process.cwd(), out)} (${Object.keys(document.paths).length} paths)`)
