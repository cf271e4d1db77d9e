import { readFileSync, writeFileSync } from 'node:fs'
import { FACTS_FILE, factsFromYaml, generatedPath, MEASURE_FILES, renderFacts, renderMeasures } from './render-catalogue.js'
import { renderReadFacts } from './render-read-facts.js'

// `pnpm --filter @servicepack/policy-rules generate`: writes, below src/, each catalogue YAML's
// `*.generated.ts` (scripts/render-catalogue.ts) and facts/read-facts.generated.ts (render-read-facts.ts).
const src = (path: string) => new URL(`../src/${path}`, import.meta.url)
const write = (path: string, text: string) => {
  writeFileSync(src(path), text)
  console.log(`written: src/${path}`)
}
for (const { yaml, exportName } of MEASURE_FILES) write(generatedPath(yaml), renderMeasures(readFileSync(src(yaml), 'utf8'), yaml, exportName))
const facts = readFileSync(src(FACTS_FILE), 'utf8')
write(generatedPath(FACTS_FILE), renderFacts(facts))
write('facts/read-facts.generated.ts', renderReadFacts(factsFromYaml(facts)))
