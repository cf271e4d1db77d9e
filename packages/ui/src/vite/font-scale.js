/**
 * A PostCSS plugin for the apps' builds: every `font-size` given in px (in the apps' components, the
 * shared theme and Element Plus's CSS) becomes `calc(<px> * var(--sp-font-scale, 1))`. The scale is 1
 * until 长辈模式 sets it on `<html>` (styles.css), so every page grows its type without knowing of it.
 * Sizes already written with a variable, `em`, `%` or keywords are left as they are.
 * @returns {import('postcss').Plugin}
 */
export function fontScale() {
  return {
    postcssPlugin: 'servicepack-font-scale',
    Declaration: {
      'font-size': (decl) => {
        const scaled = scaleFontSize(decl.value)
        if (scaled !== decl.value) decl.value = scaled
      },
    },
  }
}
fontScale.postcss = true

const PX = /^(-?\d*\.?\d+)px(\s*!important)?$/

/**
 * `13px` → `calc(13px * var(--sp-font-scale, 1))`; anything else as it is.
 * @param {string} value
 * @returns {string}
 */
export function scaleFontSize(value) {
  const match = PX.exec(value.trim())
  if (!match) return value
  return `calc(${match[1]}px * var(--sp-font-scale, 1))${match[2] ?? ''}`
}
