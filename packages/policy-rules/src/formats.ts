/** Shapes of contact fields, shared by the API's DTOs and both apps' forms (one source of truth). */

/** A phone number as people write it in China: digits, +, -, parentheses and spaces, 5–40 long. */
export const PHONE_PATTERN = /^[0-9+\-() ]{5,40}$/

export function isPhone(value: string): boolean {
  return PHONE_PATTERN.test(value)
}

const HAN = /\p{Script=Han}/u

/**
 * A person's name as the SSO's `name` claim has it (Keycloak writes "given family": 明远 王), the
 * way people write it: Chinese names family name first without a space (王明远), others unchanged.
 * The apps show people so, and the API names stewards so (history, CSV).
 */
export function personName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim()
  if (!HAN.test(trimmed)) return trimmed
  const parts = trimmed.split(/\s+/)
  return parts.length === 2 ? `${parts[1]}${parts[0]}` : parts.join('')
}
