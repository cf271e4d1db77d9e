import { writeFileSync } from 'node:fs'
import { renderElementPalette } from '../src/theme/element-palette.js'

// `pnpm --filter @servicepack/ui generate`: writes src/theme/element-palette.generated.css.
const file = new URL('../src/theme/element-palette.generated.css', import.meta.url)
writeFileSync(file, renderElementPalette())
console.log(`written: ${file.pathname}`)
