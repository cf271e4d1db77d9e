import { defineAppConfig } from '@servicepack/ui/vite'

export default defineAppConfig({ name: 'web', port: 5173 })
