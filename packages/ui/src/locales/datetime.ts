/** vue-i18n datetime formats used by the shared components (`d(date, 'time')`). */
export const datetimeFormats = {
  'zh-CN': {
    time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
    date: { year: 'numeric', month: 'long', day: 'numeric' },
    long: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false },
  },
  en: {
    time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
    date: { year: 'numeric', month: 'short', day: 'numeric' },
    long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false },
  },
} as const
