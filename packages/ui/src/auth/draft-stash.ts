/**
 * A draft kept across the sign-in round trip, so that an ended session never costs the user what
 * they typed: stored in this tab's sessionStorage under the page's name and the user it belongs to,
 * and given back once (to the same user only) when the page loads again after signing in.
 */
const PREFIX = 'servicepack.draft.'

export interface StashedDraft<T> {
  /** Who typed it (the token's subject): another user signing in never gets it. */
  subject: string
  draft: T
  /** Save again once restored (the user asked to save when the session had ended). */
  retry: boolean
}

export function stashDraft<T>(page: string, entry: StashedDraft<T>, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(PREFIX + page, JSON.stringify(entry))
  } catch {
    // storage full or disabled: the draft stays on screen until the page is left
  }
}

/** The draft kept for `page`, once, if it belongs to `subject`; it is forgotten either way. */
export function takeDraft<T>(page: string, subject: string, storage: Storage = sessionStorage): StashedDraft<T> | null {
  const text = storage.getItem(PREFIX + page)
  storage.removeItem(PREFIX + page)
  if (!text) return null
  try {
    const entry = JSON.parse(text) as StashedDraft<T>
    return entry && entry.subject === subject ? entry : null
  } catch {
    return null
  }
}
