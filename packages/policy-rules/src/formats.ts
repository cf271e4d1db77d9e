/** Shapes of contact fields, shared by the API's DTOs and both apps' forms (one source of truth). */

/** A phone number as people write it in China: digits, +, -, parentheses and spaces, 5–40 long. */
export const PHONE_PATTERN = /^[0-9+\-() ]{5,40}$/

export function isPhone(value: string): boolean {
  return PHONE_PATTERN.test(value)
}
