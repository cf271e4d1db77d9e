/**
 * The colours the portal gives Element Plus. Element Plus mixes the shades of each colour (the tints
 * of tags, alerts and plain buttons, the hover and pressed states) from its base in Sass, at its own
 * build: overriding a base with a CSS variable leaves its shades at Element Plus's colours, so every
 * shade is written out too. They are mixed here, as Element Plus's Sass mixes them, and rendered into
 * `element-palette.generated.css` (`pnpm --filter @servicepack/ui generate`; a spec fails while it is
 * stale), so that a colour is changed in one place.
 */
export const ELEMENT_BASE_COLOURS = {
  primary: '#1456b0',
  // Element Plus's greens, oranges, reds and greys fail WCAG AA contrast (4.5:1) as text on white and
  // on their own pale tints: the same hues, darkened until they pass on white, on the page's grey and
  // on their light-9 tint.
  success: '#2a7230',
  warning: '#975100',
  danger: '#c02b2b',
  info: '#5e636b',
  // Element Plus's `error` is its `danger` under another name.
  error: '#c02b2b',
} as const

/** Element Plus's shades of a colour: light-N mixes in white at N × 10 %, dark-2 black at 20 %. */
export const ELEMENT_SHADES = [
  { suffix: 'light-3', with: '#ffffff', weight: 0.3 },
  { suffix: 'light-5', with: '#ffffff', weight: 0.5 },
  { suffix: 'light-7', with: '#ffffff', weight: 0.7 },
  { suffix: 'light-8', with: '#ffffff', weight: 0.8 },
  { suffix: 'light-9', with: '#ffffff', weight: 0.9 },
  { suffix: 'dark-2', with: '#000000', weight: 0.2 },
] as const

const channels = (hex: string): number[] => {
  if (!/^#[0-9a-f]{6}$/.test(hex)) throw new Error(`not a colour #rrggbb: ${hex}`)
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
}

/** Sass's `mix(other, colour, weight)`: each channel weighted, rounded half up (Sass's rounding). */
export function mix(colour: string, other: string, weight: number): string {
  const [a, b] = [channels(colour), channels(other)]
  return `#${a.map((c, i) => Math.round(b[i]! * weight + c * (1 - weight) + 1e-9).toString(16).padStart(2, '0')).join('')}`
}

/** The CSS of `element-palette.generated.css`: each base colour, its channels (`-rgb`) and its shades, as Element Plus's variables. */
export function renderElementPalette(colours: Record<string, string> = ELEMENT_BASE_COLOURS): string {
  const lines = Object.entries(colours).flatMap(([name, base]) => [
    `  --el-color-${name}: ${base};`,
    `  --el-color-${name}-rgb: ${channels(base).join(', ')};`,
    ...ELEMENT_SHADES.map((shade) => `  --el-color-${name}-${shade.suffix}: ${mix(base, shade.with, shade.weight)};`),
  ])
  return [
    '/* Generated from src/theme/element-palette.ts: do not edit; change the colour there, then',
    ' * `pnpm --filter @servicepack/ui generate`. `html:root` outranks Element Plus\'s own `:root`. */',
    'html:root {',
    ...lines,
    '}',
    '',
  ].join('\n')
}
