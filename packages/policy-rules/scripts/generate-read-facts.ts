import { writeFileSync } from 'node:fs'
import { factDefinitions } from '../src/facts/definitions.js'
import { renderReadFacts } from './render-read-facts.js'

// `pnpm --filter @servicepack/policy-rules generate`: writes src/facts/read-facts.generated.ts from factDefinitions.
const file = new URL('../src/facts/read-facts.generated.ts', import.meta.url)
writeFileSync(file, renderReadFacts(factDefinitions))
console.log(`written: ${file.pathname}`)
