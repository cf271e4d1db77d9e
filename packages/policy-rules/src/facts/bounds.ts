/**
 * Upper bounds of the number facts (issue 8 §2.6). A value above its bound is refused by
 * `validateFacts` (a 400 in the API) and by `evaluate` (FactTypeError), so that every amount, and
 * the sum of a whole package, stays an exact integer far below 2^53 (≈ 9.007 × 10^15): at the
 * bounds the largest amount is the stocking-loan subsidy, 10^13 × 1.3 % × 360 ÷ 12 = 3.9 × 10^12
 * yuan, and every intermediate product of the integer arithmetic stays below 10^14 (checked by a
 * property test at the bounds).
 *
 * The bounds are realistic for enterprises in Shanghai, with a wide margin:
 */

/**
 * Money: 10^13 yuan (10万亿元). Shanghai's whole GDP was ≈ 5.4万亿元 in 2024 and the largest
 * Chinese enterprise's yearly revenue is ≈ 4万亿元: no output, revenue, spend, contract or loan of
 * one enterprise comes near it.
 */
export const MAX_YUAN = 10_000_000_000_000

/**
 * People: 10^6 persons. Shanghai's largest industrial employers have a few hundred thousand
 * employees group-wide; no enterprise nominates more people than it employs.
 */
export const MAX_PERSONS = 1_000_000

/**
 * Loan terms: 360 months (30 years), the longest term of any loan product offered in China (housing
 * mortgages); stocking loans are working-capital loans of a few months to a few years.
 */
export const MAX_LOAN_TERM_MONTHS = 360

/**
 * Tonnes of standard coal equivalent: 10^8 tce. The whole city consumes ≈ 1.2 × 10^8 tce a year;
 * the savings of one enterprise's upgrade are far below its whole consumption.
 */
export const MAX_TCE = 100_000_000
