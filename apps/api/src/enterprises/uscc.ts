/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet (no I, O, S, V, Z);
 * the last one is a check digit over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character for the first 17 characters, or null when they are not valid. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!)
    if (value < 0) return null
    sum += value * WEIGHTS[i]!
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!
}

export type UsccProblem = 'length' | 'characters' | 'check-digit'

/** Why a string is not a valid USCC, or null when it is. Upper case only, as printed on licences. */
export function usccProblem(value: string): UsccProblem | null {
  if (value.length !== 18) return 'length'
  if (![...value].every((c) => ALPHABET.includes(c))) return 'characters'
  return usccCheckCharacter(value.slice(0, 17)) === value[17] ? null : 'check-digit'
}

export function isValidUscc(value: string): boolean {
  return usccProblem(value) === null
}

export const usccProblemMessages: Record<UsccProblem, string> = {
  length: 'must be 18 characters (统一社会信用代码为18位)',
  characters: 'may only contain 0-9 and upper-case letters other than I, O, S, V, Z (含非法字符)',
  'check-digit': 'has a wrong check digit (校验码错误, GB 32100-2015)',
}
