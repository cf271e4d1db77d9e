/**
 * vue-i18n datetime formats of the shared components and the apps (`d(date, 'time')`); `datetime` is
 * minutes, shown in Shanghai time whatever the browser's zone.
 */
export const datetimeFormats = {
  'zh-CN': {
    time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
    date: { year: 'numeric', month: 'long', day: 'numeric' },
    long: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false },
    datetime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' },
  },
  en: {
    time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
    date: { year: 'numeric', month: 'short', day: 'numeric' },
    long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false },
    datetime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' },
  },
} as const
