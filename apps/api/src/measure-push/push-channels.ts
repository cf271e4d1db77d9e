/** The channels of the push. */
export type PushChannel = 'in_app' | 'email'

/** The channels an enterprise's choice leaves on (no choice recorded: both). Pure. */
export function channelsOf(choice: { inApp: boolean; email: boolean } | undefined): PushChannel[] {
  const c = choice ?? { inApp: true, email: true }
  return [...(c.inApp ? (['in_app'] as const) : []), ...(c.email ? (['email'] as const) : [])]
}
