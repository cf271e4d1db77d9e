import { defineAsyncComponent } from 'vue'

// The header's language switch and user menu are Element Plus drop-downs (with their popper and
// scrollbar, ≈ 9 kB gzipped): loaded beside the first page, not before it (issue 22's initial-JS
// budget). Everything — the apps' frames, the admin's sign-in gate, specs — uses these wrappers, so no
// static import pulls the drop-downs back into the first page's scripts.
export const LanguageSwitch = defineAsyncComponent(() => import('./LanguageSwitch.vue'))
export const UserMenu = defineAsyncComponent(() => import('./UserMenu.vue'))
