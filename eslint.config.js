// One lint configuration for the whole workspace (flat config).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/*.d.ts', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // Component tests wait with ui's waitFor: vi.waitFor gives up after 1 s, a quiet machine's figure
    // (packages/ui/src/testing/wait-for.ts, which is the one place that calls it).
    files: ['apps/*/src/**/*.spec.ts', 'packages/ui/src/**/*.spec.ts', 'src/**/*.spec.ts'],
    ignores: ['**/testing/wait-for.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'vi', property: 'waitFor', message: 'Use waitFor from @servicepack/ui/testing (5 s by default; vi.waitFor gives up after 1 s).' }],
    },
  },
)
