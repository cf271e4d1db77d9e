// The workspace's lint configuration, plus the globals that unplugin-auto-import provides
// (see src/auto-imports.d.ts): Element Plus services imported on demand with their styles.
import workspace from '../../eslint.config.js'

export default [
  ...workspace,
  {
    files: ['src/**/*.{ts,vue}'],
    languageOptions: { globals: { ElMessage: 'readonly' } },
  },
]
