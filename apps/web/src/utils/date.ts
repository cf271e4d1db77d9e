/** Today's date in Asia/Shanghai, `YYYY-MM-DD` (the date the rules are evaluated on). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
