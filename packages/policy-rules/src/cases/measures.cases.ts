/**
 * Named input → expected output cases, OpenFisca style. Every quantitative measure is covered on
 * both sides of each threshold and cap, with each needed fact missing; the date boundaries of the
 * plan (2026-01-01 … 2028-12-31) are generated for every measure from `eligibleProfiles`.
 */
import type { AmountRange, Facts, FactName, Status } from '../types.js'

export interface Case {
  name: string
  measure: string
  asOf?: string
  facts: Facts
  expected: {
    status: Status
    /** Checked when present (null included). */
    amount?: AmountRange | null
    /** Checked when present (exact list, order-insensitive). */
    missing?: FactName[]
    /** Checked when present (exact list). */
    bureaus?: string[]
  }
}

const r = (min: number, max: number): AmountRange => ({ min, max })
const M = 1_000_000

/** A profile that makes each measure eligible (used for the date-boundary cases). */
export const eligibleProfiles: Record<string, Facts> = {
  'first-set-equipment': { firstSetCertified: true, firstSetContractAmount: 10 * M },
  'basic-research': { basicResearchInvestment: 100 * M },
  'rd-growth-reward': { rdHighGrowth: true },
  'tech-renovation': { techRenovationFinancingCost: 3 * M },
  'energy-saving': { energySavedTce: 100 },
  'green-factory': { firstNationalGreenFactory: true },
  'talent-award': { talentAwardNominees: 2 },
  'stocking-loan-subsidy': { stockingLoanAmount: 10 * M },
  'leading-industries': { industry: 'integrated-circuits' },
  'key-emerging-industries': { industry: 'low-altitude' },
  'core-technology': { industry: 'advanced-materials' },
  'chemical-projects': { industry: 'petrochemical' },
  'digital-transformation': {},
  'talent-introduction': {},
  'labour-support': {},
  'industrial-land': {},
  'manufacturing-finance': {},
  'first-set-insurance': { firstSetCertified: true },
  'industrial-logistics': {},
  'cost-reduction': {},
  'pilot-platforms': {},
  'market-expansion': {},
  'enterprise-services': {},
}

export const cases: Case[] = [
  // ---- (一) first-set-equipment: ≤ 30 % of the contract, ≤ 20 000 000 --------------------------
  { name: 'first set: 30 % of 10M contract', measure: 'first-set-equipment', facts: { firstSetCertified: true, firstSetContractAmount: 10 * M }, expected: { status: 'eligible', amount: r(0, 3 * M), missing: [] } },
  { name: 'first set: just under the cap (66 666 666 → 19 999 999, floor)', measure: 'first-set-equipment', facts: { firstSetCertified: true, firstSetContractAmount: 66_666_666 }, expected: { status: 'eligible', amount: r(0, 19_999_999) } },
  { name: 'first set: exactly at the cap (66 666 667 → 20 000 000)', measure: 'first-set-equipment', facts: { firstSetCertified: true, firstSetContractAmount: 66_666_667 }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
  { name: 'first set: above the cap', measure: 'first-set-equipment', facts: { firstSetCertified: true, firstSetContractAmount: 500 * M }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
  { name: 'first set: contract 0 → eligible, amount 0', measure: 'first-set-equipment', facts: { firstSetCertified: true, firstSetContractAmount: 0 }, expected: { status: 'eligible', amount: r(0, 0), missing: [] } },
  { name: 'first set: 1 yuan contract floors to 0', measure: 'first-set-equipment', facts: { firstSetCertified: true, firstSetContractAmount: 3 }, expected: { status: 'eligible', amount: r(0, 0) } },
  { name: 'first set: not certified', measure: 'first-set-equipment', facts: { firstSetCertified: false, firstSetContractAmount: 10 * M }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'first set: certification unknown', measure: 'first-set-equipment', facts: { firstSetContractAmount: 10 * M }, expected: { status: 'unknown', amount: r(0, 3 * M), missing: ['firstSetCertified'] } },
  { name: 'first set: contract amount unknown', measure: 'first-set-equipment', facts: { firstSetCertified: true }, expected: { status: 'eligible', amount: null, missing: ['firstSetContractAmount'] } },
  { name: 'first set: nothing known', measure: 'first-set-equipment', facts: {}, expected: { status: 'unknown', amount: null, missing: ['firstSetCertified', 'firstSetContractAmount'] } },
  { name: 'first set: null counts as unknown', measure: 'first-set-equipment', facts: { firstSetCertified: null, firstSetContractAmount: null }, expected: { status: 'unknown', amount: null, missing: ['firstSetCertified', 'firstSetContractAmount'] } },
  { name: 'first set: district government added', measure: 'first-set-equipment', facts: { district: 'jiading', firstSetCertified: true, firstSetContractAmount: M }, expected: { status: 'eligible', amount: r(0, 300_000), bureaus: ['sheitc', 'gov-jiading'] } },
  { name: 'first set: district unknown → city bureaus only', measure: 'first-set-equipment', facts: { firstSetCertified: true }, expected: { status: 'eligible', bureaus: ['sheitc'] } },

  // ---- (四) basic-research tiers ----------------------------------------------------------------
  { name: 'basic research: 0', measure: 'basic-research', facts: { basicResearchInvestment: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'basic research: 9 999 999 (below 10M)', measure: 'basic-research', facts: { basicResearchInvestment: 9_999_999 }, expected: { status: 'ineligible', amount: null } },
  { name: 'basic research: 10M (incl.) → 2M', measure: 'basic-research', facts: { basicResearchInvestment: 10 * M }, expected: { status: 'eligible', amount: r(2 * M, 2 * M), missing: [] } },
  { name: 'basic research: 49 999 999 → 2M', measure: 'basic-research', facts: { basicResearchInvestment: 49_999_999 }, expected: { status: 'eligible', amount: r(2 * M, 2 * M) } },
  { name: 'basic research: 50M (incl.) → 5M', measure: 'basic-research', facts: { basicResearchInvestment: 50 * M }, expected: { status: 'eligible', amount: r(5 * M, 5 * M) } },
  { name: 'basic research: 99 999 999 → 5M', measure: 'basic-research', facts: { basicResearchInvestment: 99_999_999 }, expected: { status: 'eligible', amount: r(5 * M, 5 * M) } },
  { name: 'basic research: 100M → 10M', measure: 'basic-research', facts: { basicResearchInvestment: 100 * M }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
  { name: 'basic research: 9e15 → 10M', measure: 'basic-research', facts: { basicResearchInvestment: 9_000_000_000_000_000 }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
  { name: 'basic research: unknown', measure: 'basic-research', facts: { industry: 'biomedicine' }, expected: { status: 'unknown', amount: null, missing: ['basicResearchInvestment'] } },

  // ---- (四) rd-growth-reward: case by case -----------------------------------------------------
  { name: 'R&D growth: yes → eligible, case by case', measure: 'rd-growth-reward', facts: { rdHighGrowth: true }, expected: { status: 'eligible', amount: null, missing: [] } },
  { name: 'R&D growth: no', measure: 'rd-growth-reward', facts: { rdHighGrowth: false }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'R&D growth: unknown', measure: 'rd-growth-reward', facts: {}, expected: { status: 'unknown', amount: null, missing: ['rdHighGrowth'] } },

  // ---- (六) tech-renovation: up to the financing cost, ≤ 20M ------------------------------------
  { name: 'tech renovation: cost 0', measure: 'tech-renovation', facts: { techRenovationFinancingCost: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'tech renovation: cost 1', measure: 'tech-renovation', facts: { techRenovationFinancingCost: 1 }, expected: { status: 'eligible', amount: r(0, 1), missing: [] } },
  { name: 'tech renovation: 19 999 999', measure: 'tech-renovation', facts: { techRenovationFinancingCost: 19_999_999 }, expected: { status: 'eligible', amount: r(0, 19_999_999) } },
  { name: 'tech renovation: at the cap', measure: 'tech-renovation', facts: { techRenovationFinancingCost: 20 * M }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
  { name: 'tech renovation: above the cap', measure: 'tech-renovation', facts: { techRenovationFinancingCost: 20 * M + 1 }, expected: { status: 'eligible', amount: r(0, 20 * M) } },
  { name: 'tech renovation: unknown', measure: 'tech-renovation', facts: {}, expected: { status: 'unknown', amount: null, missing: ['techRenovationFinancingCost'] } },

  // ---- (八) energy-saving: 1000–2000 yuan per tce, ≤ 10M ----------------------------------------
  { name: 'energy: 0 tce', measure: 'energy-saving', facts: { energySavedTce: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'energy: 0.5 tce', measure: 'energy-saving', facts: { energySavedTce: 0.5 }, expected: { status: 'eligible', amount: r(500, 1000) } },
  { name: 'energy: 1 tce', measure: 'energy-saving', facts: { energySavedTce: 1 }, expected: { status: 'eligible', amount: r(1000, 2000) } },
  { name: 'energy: 1234.5678 tce (rounded to kg, floor)', measure: 'energy-saving', facts: { energySavedTce: 1234.5678 }, expected: { status: 'eligible', amount: r(1_234_568, 2_469_136) } },
  { name: 'energy: 4999 tce (max under cap)', measure: 'energy-saving', facts: { energySavedTce: 4999 }, expected: { status: 'eligible', amount: r(4_999_000, 9_998_000) } },
  { name: 'energy: 5000 tce (max reaches cap)', measure: 'energy-saving', facts: { energySavedTce: 5000 }, expected: { status: 'eligible', amount: r(5 * M, 10 * M) } },
  { name: 'energy: 5001 tce (max capped)', measure: 'energy-saving', facts: { energySavedTce: 5001 }, expected: { status: 'eligible', amount: r(5_001_000, 10 * M) } },
  { name: 'energy: 9999 tce', measure: 'energy-saving', facts: { energySavedTce: 9999 }, expected: { status: 'eligible', amount: r(9_999_000, 10 * M) } },
  { name: 'energy: 10 000 tce (both capped)', measure: 'energy-saving', facts: { energySavedTce: 10_000 }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
  { name: 'energy: 1e12 tce', measure: 'energy-saving', facts: { energySavedTce: 1e12 }, expected: { status: 'eligible', amount: r(10 * M, 10 * M) } },
  { name: 'energy: unknown', measure: 'energy-saving', facts: {}, expected: { status: 'unknown', amount: null, missing: ['energySavedTce'] } },

  // ---- (八) green-factory: 200 000 one-time ----------------------------------------------------
  { name: 'green factory: first national rating', measure: 'green-factory', facts: { firstNationalGreenFactory: true }, expected: { status: 'eligible', amount: r(200_000, 200_000), missing: [] } },
  { name: 'green factory: not first', measure: 'green-factory', facts: { firstNationalGreenFactory: false }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'green factory: unknown (amount shown as potential)', measure: 'green-factory', facts: {}, expected: { status: 'unknown', amount: r(200_000, 200_000), missing: ['firstNationalGreenFactory'] } },

  // ---- (九) talent-award: ≤ 300 000 per person --------------------------------------------------
  { name: 'talent award: 0 nominees', measure: 'talent-award', facts: { talentAwardNominees: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'talent award: 1 nominee', measure: 'talent-award', facts: { talentAwardNominees: 1 }, expected: { status: 'eligible', amount: r(0, 300_000), missing: [] } },
  { name: 'talent award: 7 nominees', measure: 'talent-award', facts: { talentAwardNominees: 7 }, expected: { status: 'eligible', amount: r(0, 2_100_000) } },
  { name: 'talent award: unknown', measure: 'talent-award', facts: {}, expected: { status: 'unknown', amount: null, missing: ['talentAwardNominees'] } },
  { name: 'talent award: bureaus', measure: 'talent-award', facts: { talentAwardNominees: 1, district: 'xuhui' }, expected: { status: 'eligible', bureaus: ['sheitc', 'talent'] } },

  // ---- (十二) stocking-loan-subsidy: 0.8 %–1.3 % ------------------------------------------------
  { name: 'stocking loan: 0', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: 0 }, expected: { status: 'ineligible', amount: null, missing: [] } },
  { name: 'stocking loan: 1 yuan → eligible, amount 0 (floor)', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: 1 }, expected: { status: 'eligible', amount: r(0, 0) } },
  { name: 'stocking loan: 100 yuan', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: 100 }, expected: { status: 'eligible', amount: r(0, 1) } },
  { name: 'stocking loan: 10 000 yuan', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: 10_000 }, expected: { status: 'eligible', amount: r(80, 130) } },
  { name: 'stocking loan: 50M', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: 50 * M }, expected: { status: 'eligible', amount: r(400_000, 650_000) } },
  { name: 'stocking loan: max safe integer, exact', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: Number.MAX_SAFE_INTEGER }, expected: { status: 'eligible', amount: r(72_057_594_037_927, 117_093_590_311_632) } },
  { name: 'stocking loan: unknown', measure: 'stocking-loan-subsidy', facts: {}, expected: { status: 'unknown', amount: null, missing: ['stockingLoanAmount'] } },
  { name: 'stocking loan: bureaus', measure: 'stocking-loan-subsidy', facts: { stockingLoanAmount: 1 }, expected: { status: 'eligible', bureaus: ['finance', 'nfra-sh', 'csrc-sh', 'sheitc'] } },

  // ---- targeted measures without an amount ----------------------------------------------------
  { name: '(二) integrated circuits', measure: 'leading-industries', facts: { industry: 'integrated-circuits' }, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc', 'stcsm'] } },
  { name: '(二) biomedicine', measure: 'leading-industries', facts: { industry: 'biomedicine' }, expected: { status: 'eligible' } },
  { name: '(二) steel is not a leading industry', measure: 'leading-industries', facts: { industry: 'steel' }, expected: { status: 'ineligible', missing: [] } },
  { name: '(二) industry unknown', measure: 'leading-industries', facts: {}, expected: { status: 'unknown', amount: null, missing: ['industry'] } },
  { name: '(三) low-altitude', measure: 'key-emerging-industries', facts: { industry: 'low-altitude', district: 'jinshan' }, expected: { status: 'eligible', bureaus: ['sheitc', 'gov-jinshan'] } },
  { name: '(三) embodied AI', measure: 'key-emerging-industries', facts: { industry: 'embodied-ai' }, expected: { status: 'eligible' } },
  { name: '(三) integrated circuits are in (二), not (三)', measure: 'key-emerging-industries', facts: { industry: 'integrated-circuits' }, expected: { status: 'ineligible' } },
  { name: '(三) other', measure: 'key-emerging-industries', facts: { industry: 'other' }, expected: { status: 'ineligible' } },
  { name: '(五) high-end equipment', measure: 'core-technology', facts: { industry: 'high-end-equipment' }, expected: { status: 'eligible', bureaus: ['sheitc'] } },
  { name: '(五) fashion consumer goods', measure: 'core-technology', facts: { industry: 'fashion-consumer' }, expected: { status: 'ineligible' } },
  { name: '(六) chemical projects: petrochemical', measure: 'chemical-projects', facts: { industry: 'petrochemical' }, expected: { status: 'eligible', bureaus: ['sheitc', 'ecology'] } },
  { name: '(六) chemical projects: steel', measure: 'chemical-projects', facts: { industry: 'steel' }, expected: { status: 'ineligible' } },
  { name: '(十二) insurance: first set certified', measure: 'first-set-insurance', facts: { firstSetCertified: true }, expected: { status: 'eligible', amount: null, missing: [] } },
  { name: '(十二) insurance: not certified', measure: 'first-set-insurance', facts: { firstSetCertified: false }, expected: { status: 'ineligible' } },
  { name: '(十二) insurance: unknown', measure: 'first-set-insurance', facts: {}, expected: { status: 'unknown', missing: ['firstSetCertified'] } },
  { name: '(七) concerns every enterprise', measure: 'digital-transformation', facts: {}, expected: { status: 'eligible', amount: null, missing: [], bureaus: ['sheitc'] } },
  { name: '(七) with district', measure: 'digital-transformation', facts: { district: 'songjiang' }, expected: { status: 'eligible', bureaus: ['sheitc', 'gov-songjiang'] } },
  { name: '(九) talent introduction', measure: 'talent-introduction', facts: {}, expected: { status: 'eligible', amount: null, bureaus: ['sheitc', 'talent'] } },
  { name: '(十二) manufacturing loans and bonds', measure: 'manufacturing-finance', facts: { district: 'minhang' }, expected: { status: 'eligible', amount: null, bureaus: ['finance', 'nfra-sh', 'csrc-sh', 'sheitc'] } },
  { name: '(十) labour', measure: 'labour-support', facts: {}, expected: { status: 'eligible', bureaus: ['hrss', 'sheitc'] } },
  { name: '(十一) land with district', measure: 'industrial-land', facts: { district: 'chongming' }, expected: { status: 'eligible', bureaus: ['planning', 'sheitc', 'gov-chongming'] } },
  { name: '(十三) logistics', measure: 'industrial-logistics', facts: {}, expected: { status: 'eligible', bureaus: ['sheitc', 'planning', 'transport', 'emergency', 'police'] } },
  { name: '(十四) cost reduction', measure: 'cost-reduction', facts: {}, expected: { status: 'eligible', bureaus: ['sheitc', 'ndrc', 'ecology', 'comms'] } },
  { name: '(十五) pilot platforms, case by case', measure: 'pilot-platforms', facts: {}, expected: { status: 'eligible', amount: null, missing: [] } },
  { name: '(十六) markets', measure: 'market-expansion', facts: {}, expected: { status: 'eligible', bureaus: ['commerce', 'sheitc'] } },
  { name: '(十七) services', measure: 'enterprise-services', facts: {}, expected: { status: 'eligible', bureaus: ['sheitc'] } },
]

/** Date boundaries of the plan, for every measure. */
export const dateCases: Case[] = Object.entries(eligibleProfiles).flatMap(([measure, facts]) => [
  { name: `${measure}: 2025-12-31, day before the plan`, measure, asOf: '2025-12-31', facts, expected: { status: 'ineligible' as const, amount: null, missing: [] } },
  { name: `${measure}: 2026-01-01, first day`, measure, asOf: '2026-01-01', facts, expected: { status: 'eligible' as const } },
  { name: `${measure}: 2028-12-31, last day`, measure, asOf: '2028-12-31', facts, expected: { status: 'eligible' as const } },
  { name: `${measure}: 2029-01-01, day after`, measure, asOf: '2029-01-01', facts, expected: { status: 'ineligible' as const, amount: null, missing: [] } },
])
