/**
 * Benchmark (not a test): `pnpm --filter @servicepack/policy-rules bench`.
 *
 * 100 000 generated profiles (seeded, so every run sees the same ones) are evaluated by
 *   A. this engine, whole catalogue, with traces and reasons (the production path);
 *   B. this engine, the 8 quantitative measures only;
 *   C. json-rules-engine 7.3.1, the same 8 quantitative measures written as its rules;
 *   D. Publicodes 1.10.1 (three-valued like this engine: a rule is a value, null when not applicable,
 *      undefined when a fact it needs is missing), the same 8 quantitative measures as its rules.
 * Method (the same for all three, in one run): the 100 000 profiles — all distinct, generated
 * before timing — are evaluated in order, in chunks of 1 000 consecutive profiles; each chunk is
 * timed with process.hrtime.bigint() (ns resolution; one timer read per 1 000 profiles, so timer
 * overhead is negligible) and gives a per-profile time = chunk time / 1 000. The figure reported is
 * the median of these per-profile times over every chunk of the batch (A and B: 100 chunks per
 * pass × BENCH_ROUNDS passes; C and D: 100 chunks, one pass — they are ~100× slower), next to the overall
 * throughput (profiles per second over all chunks). Every evaluation builds its full result (trace,
 * zh reasons, amount), and a checksum over amounts, trace and reason counts is printed so that
 * nothing can be optimised away. A warm-up pass over the first 20 000 (C: 2 000) profiles precedes timing.
 * The load average is printed: other work on the machine slows all three. Each phase runs in a
 * process of its own (see below); BENCH_ONE_PROCESS=1 runs them in one.
 * Options: BENCH_PROFILES (default 100000), BENCH_ROUNDS (default 5, rounds of A and B),
 * BENCH_PUBLICODES_PROFILES (default 10000: D takes ~3 ms a profile), BENCH_ONE_PROCESS=1.
 * The checksums of C and D agree up to rounding (D does not floor inside a rule) and D's unknowns
 * (each counts 1): a check that the three engines were given the same rules.
 */
import { Engine } from 'json-rules-engine'
import Publicodes from 'publicodes'
import { spawn } from 'node:child_process'
import os from 'node:os'
import { createEvaluator, evaluate, measures, type Facts } from '../src/index.js'

const N = Number(process.env.BENCH_PROFILES ?? 100_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
/** Publicodes takes ~3 ms a profile here (each setSituation parses the situation): the first 10 000 profiles. */
const PUBLICODES_N = Math.min(N, Number(process.env.BENCH_PUBLICODES_PROFILES ?? 10_000))
const AS_OF = '2027-03-15'

// ---- profiles --------------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DISTRICTS = ['huangpu', 'xuhui', 'changning', 'jingan', 'putuo', 'hongkou', 'yangpu', 'minhang', 'baoshan', 'jiading', 'pudong', 'jinshan', 'songjiang', 'qingpu', 'fengxian', 'chongming']
const RATING_YEARS = ['before-2026', '2026', '2027', '2028']
/** Loan starts from 2024-01 to 2028-12 (a term of 1–24 months reaches the plan from 2024 on). */
const LOAN_STARTS = Array.from({ length: 60 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)
const TECHNOLOGY_FIELDS = ['laser-manufacturing', 'quantum', 'photonics', 'functional-materials', 'new-energy', 'integrated-circuits', 'large-aircraft', 'high-end-equipment', 'instruments', 'industrial-software', 'none']
const INDUSTRIES = ['integrated-circuits', 'biomedicine', 'artificial-intelligence', 'intelligent-connected-vehicles', 'high-end-equipment', 'advanced-materials', 'green-low-carbon', 'fashion-consumer', 'low-altitude', 'commercial-space', 'embodied-ai', 'bio-manufacturing', 'smart-terminals', 'petrochemical', 'steel', 'nonferrous-metals', 'light-industry', 'other']

function generateProfiles(n: number): Facts[] {
  const rnd = mulberry32(20260101)
  const maybe = <T>(v: T): T | undefined => (rnd() < 0.75 ? v : undefined)
  const yuan = (max: number) => Math.floor(rnd() * max)
  const out: Facts[] = []
  for (let i = 0; i < n; i++) {
    out.push({
      district: maybe(DISTRICTS[Math.floor(rnd() * DISTRICTS.length)]!),
      industry: maybe(INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]!),
      technologyField: maybe(TECHNOLOGY_FIELDS[Math.floor(rnd() * TECHNOLOGY_FIELDS.length)]!),
      annualOutputValue: maybe(yuan(5e9)),
      revenue: maybe(yuan(5e9)),
      rdExpense: maybe(yuan(5e8)),
      basicResearchInvestment: maybe(yuan(1.5e8)),
      aboveDesignatedSize: maybe(rnd() < 0.6),
      firstSetCertified: maybe(rnd() < 0.3),
      firstSetContractAmount: maybe(yuan(1e8)),
      techRenovationFinancingCost: maybe(yuan(3e7)),
      outsideChemicalPark: maybe(rnd() < 0.5),
      existingChemicalPlant: maybe(rnd() < 0.7),
      chemicalProjectFitsZoning: maybe(rnd() < 0.7),
      chemicalProjectNoNewLand: maybe(rnd() < 0.7),
      chemicalProjectNoAddedRisk: maybe(rnd() < 0.7),
      energySavedTce: maybe(Math.round(rnd() * 1e6) / 100),
      firstNationalGreenFactory: maybe(rnd() < 0.2),
      talentAwardNominees: maybe(Math.floor(rnd() * 5)),
      stockingLoanAmount: maybe(yuan(2e8)),
      stockingLoanTermMonths: maybe(1 + Math.floor(rnd() * 24)),
      rdHighGrowth: maybe(rnd() < 0.3),
      // the facts of issue 23
      pilotPlatform: maybe(rnd() < 0.4),
      chemicalProducer: maybe(rnd() < 0.2),
      aiComputingChips: maybe(rnd() < 0.3),
      greenFactoryFirstRatedYear: maybe(RATING_YEARS[Math.floor(rnd() * RATING_YEARS.length)]!),
      keyIndustrialChain: maybe(rnd() < 0.6),
      stockingLoanStart: maybe(LOAN_STARTS[Math.floor(rnd() * LOAN_STARTS.length)]!),
    })
  }
  return out
}

// ---- timing helpers --------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

interface Result {
  name: string
  profilesPerSecond: number
  medianMicros: number
  checksum: number
}

const CHUNK = 1000

/** Time `fn` over all profiles, `rounds` times, in chunks; median µs per profile over chunks. */
function timeSync(name: string, profiles: Facts[], rounds: number, fn: (f: Facts) => number, chunk = CHUNK, warmUp = 20_000): Result {
  let checksum = 0
  // warm-up
  for (let i = 0; i < Math.min(warmUp, profiles.length); i++) checksum += fn(profiles[i]!)
  const perChunk: number[] = []
  let total = 0
  for (let r = 0; r < rounds; r++) {
    for (let start = 0; start < profiles.length; start += chunk) {
      const end = Math.min(start + chunk, profiles.length)
      const t0 = process.hrtime.bigint()
      for (let i = start; i < end; i++) checksum += fn(profiles[i]!)
      const dt = Number(process.hrtime.bigint() - t0) / 1000 // µs
      total += dt
      perChunk.push(dt / (end - start))
    }
  }
  return { name, profilesPerSecond: (profiles.length * rounds) / (total / 1e6), medianMicros: median(perChunk), checksum }
}

async function timeAsync(name: string, profiles: Facts[], fn: (f: Facts) => Promise<number>, chunk = CHUNK): Promise<Result> {
  let checksum = 0
  for (let i = 0; i < Math.min(2_000, profiles.length); i++) checksum += await fn(profiles[i]!)
  const perChunk: number[] = []
  let total = 0
  for (let start = 0; start < profiles.length; start += chunk) {
    const end = Math.min(start + chunk, profiles.length)
    const t0 = process.hrtime.bigint()
    for (let i = start; i < end; i++) checksum += await fn(profiles[i]!)
    const dt = Number(process.hrtime.bigint() - t0) / 1000 // µs
    total += dt
    perChunk.push(dt / (end - start))
  }
  return { name, profilesPerSecond: profiles.length / (total / 1e6), medianMicros: median(perChunk), checksum }
}

// ---- json-rules-engine: the 8 quantitative measures ------------------------------------------

type JreAmount = (f: Facts) => number

function jreEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true })
  const rule = (name: string, all: object[], amount: JreAmount) =>
    engine.addRule({ name, conditions: { all } as never, event: { type: 'eligible', params: { name, amount } } })
  const fact = (f: string, operator: string, value: unknown) => ({ fact: f, operator, value })
  const cap = (x: number, c: number) => (x < c ? x : c)
  rule('first-set-equipment', [fact('firstSetCertified', 'equal', true)], (f) => cap(Math.floor(((f.firstSetContractAmount ?? 0) * 3000) / 10000), 20_000_000))
  rule('basic-research-100m', [fact('basicResearchInvestment', 'greaterThanInclusive', 100_000_000)], () => 10_000_000)
  rule('basic-research-50m', [fact('basicResearchInvestment', 'greaterThanInclusive', 50_000_000), fact('basicResearchInvestment', 'lessThan', 100_000_000)], () => 5_000_000)
  rule('basic-research-10m', [fact('basicResearchInvestment', 'greaterThanInclusive', 10_000_000), fact('basicResearchInvestment', 'lessThan', 50_000_000)], () => 2_000_000)
  rule('rd-growth-reward', [fact('rdHighGrowth', 'equal', true)], () => 0) // announced: no amount
  rule('tech-renovation', [fact('techRenovationFinancingCost', 'greaterThan', 0)], (f) => cap(f.techRenovationFinancingCost ?? 0, 20_000_000))
  rule('energy-saving', [fact('energySavedTce', 'greaterThan', 0)], (f) => cap(Math.floor((f.energySavedTce ?? 0) * 2000), 10_000_000))
  rule('green-factory', [fact('firstNationalGreenFactory', 'equal', true), fact('greenFactoryFirstRatedYear', 'in', ['2026', '2027', '2028'])], () => 200_000)
  rule('talent-award', [fact('talentAwardNominees', 'greaterThanInclusive', 1)], () => 300_000) // per selected person
  // issue 23: in a key chain, and only the loan's months inside the plan from the evaluation month (asOf 2027-03)
  const month = (t: string) => Number(t.slice(0, 4)) * 12 + Number(t.slice(5, 7)) - 1
  const inside = (f: Facts) => {
    const s = month(f.stockingLoanStart!)
    const first = Math.max(s, month(AS_OF))
    const last = Math.min(s + (f.stockingLoanTermMonths ?? 0) - 1, month('2028-12'))
    return last >= first ? last - first + 1 : 0
  }
  rule('stocking-loan-subsidy', [fact('keyIndustrialChain', 'equal', true), fact('stockingLoanAmount', 'greaterThan', 0)], (f) =>
    f.stockingLoanStart == null ? 0 : Math.floor(((f.stockingLoanAmount ?? 0) * 130 * inside(f)) / 120_000),
  )
  return engine
}

// ---- Publicodes: the 8 quantitative measures --------------------------------------------------
//
// Its rules in its own language (French keywords): `applicable si` makes a rule null (non applicable)
// when false, a fact absent from the situation makes it undefined (missing) — the three values of
// this engine's eligible / not eligible / unknown. Booleans are 'oui' / 'non' in a situation.

const PUBLICODES_INPUTS = ['firstSetCertified', 'firstSetContractAmount', 'basicResearchInvestment', 'rdHighGrowth', 'techRenovationFinancingCost', 'energySavedTce', 'firstNationalGreenFactory', 'talentAwardNominees', 'stockingLoanAmount', 'stockingLoanTermMonths'] as const
const PUBLICODES_MEASURES = ['first set equipment', 'basic research', 'rd growth reward', 'tech renovation', 'energy saving', 'green factory', 'talent award', 'stocking loan subsidy']

function publicodesEngine(): Publicodes {
  const rules: Record<string, unknown> = Object.fromEntries(PUBLICODES_INPUTS.map((f) => [f, null]))
  Object.assign(rules, {
    'first set equipment': { 'applicable si': 'firstSetCertified', valeur: 'firstSetContractAmount * 0.3', plafond: '20000000' },
    'basic research': {
      'applicable si': 'basicResearchInvestment >= 10000000',
      valeur: { variations: [{ si: 'basicResearchInvestment >= 100000000', alors: '10000000' }, { si: 'basicResearchInvestment >= 50000000', alors: '5000000' }, { sinon: '2000000' }] },
    },
    'rd growth reward': { 'applicable si': 'rdHighGrowth', valeur: '0' }, // announced: no amount
    'tech renovation': { 'applicable si': 'techRenovationFinancingCost > 0', valeur: 'techRenovationFinancingCost', plafond: '20000000' },
    'energy saving': { 'applicable si': 'energySavedTce > 0', valeur: 'energySavedTce * 2000', plafond: '10000000' },
    'green factory': { 'applicable si': 'firstNationalGreenFactory', valeur: '200000' },
    'talent award': { 'applicable si': 'talentAwardNominees >= 1', valeur: '300000' }, // per selected person
    'stocking loan subsidy': { 'applicable si': 'stockingLoanAmount > 0', valeur: 'stockingLoanAmount * 130 * stockingLoanTermMonths / 120000' },
  })
  return new Publicodes(rules as never, { logger: { log: () => undefined, warn: () => undefined, error: () => undefined } })
}

/** A profile as a Publicodes situation: the known facts only; booleans as 'oui' / 'non'. */
function situationOf(f: Facts): Record<string, string | number> {
  const situation: Record<string, string | number> = {}
  for (const name of PUBLICODES_INPUTS) {
    const v = (f as Record<string, unknown>)[name]
    if (typeof v === 'boolean') situation[name] = v ? 'oui' : 'non'
    else if (typeof v === 'number') situation[name] = v
  }
  return situation
}

// ---- run -------------------------------------------------------------------------------------
//
// Each phase runs in a process of its own (this script, started again with BENCH_PHASE set), so
// that what one phase leaves in V8 (type feedback, inlining decisions, heap) does not slow the next:
// phases A and B share the engine's functions, and after the whole catalogue — whose multi-condition
// measures ((六) chemical projects, (五) alternatives) take other paths through them — the 8
// quantitative measures ran ~15–25 % slower in the same process (the engine before issue 9 showed the
// same when one 2-condition measure was added to its catalogue). BENCH_ONE_PROCESS=1 runs A, B, C
// one after the other in one process, as earlier versions of this bench did.

type Phase = 'A' | 'B' | 'C' | 'D'

async function runPhase(phase: Phase, profiles: Facts[]): Promise<Result> {
  const opts = { asOf: AS_OF }
  const sumMax = (evs: { amount: { max: number } | null; trace: unknown[]; reasons: string[] }[]) => {
    let s = 0
    for (let i = 0; i < evs.length; i++) s += (evs[i]!.amount?.max ?? 0) + evs[i]!.trace.length + evs[i]!.reasons.length
    return s
  }
  if (phase === 'A') return timeSync(`policy-rules, whole catalogue (${measures.length} measures, traces + zh reasons)`, profiles, ROUNDS, (f) => sumMax(evaluate(f, opts)))
  if (phase === 'B') {
    const quantIds = ['first-set-equipment', 'basic-research', 'rd-growth-reward', 'tech-renovation', 'energy-saving', 'green-factory', 'talent-award', 'stocking-loan-subsidy']
    const quant = createEvaluator(measures.filter((m) => quantIds.includes(m.id)))
    return timeSync('policy-rules, 8 quantitative measures (traces + zh reasons)', profiles, ROUNDS, (f) => sumMax(quant.evaluate(f, opts)))
  }
  if (phase === 'D') {
    const engine = publicodesEngine()
    // the sum of the amounts (Math.floor: Publicodes does not round) and, for the checksum, the unknowns
    return timeSync(`publicodes 1.10.1, same 8 quantitative measures (first ${PUBLICODES_N} profiles)`, profiles.slice(0, PUBLICODES_N), 1, (f) => {
      engine.setSituation(situationOf(f) as never)
      let s = 0
      for (const name of PUBLICODES_MEASURES) {
        const v = engine.evaluate(name).nodeValue
        s += typeof v === 'number' ? Math.floor(v) : v === undefined ? 1 : 0
      }
      return s
    }, CHUNK, 2_000)
  }
  const engine = jreEngine()
  return timeAsync('json-rules-engine 7.3.1, same 8 quantitative measures', profiles, async (f) => {
    const { events } = await engine.run(f as Record<string, unknown>)
    let s = 0
    for (const e of events) s += (e.params!.amount as JreAmount)(f)
    return s
  })
}

/** Runs one phase in a fresh process (this script again, with BENCH_PHASE) and reads its result. */
function inChild(phase: Phase): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], { env: { ...process.env, BENCH_PHASE: phase }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '))
      if (code !== 0 || !line) reject(new Error(`phase ${phase} failed (exit ${code}): ${out}`))
      else resolve(JSON.parse(line.slice('RESULT '.length)) as Result)
    })
  })
}

async function main() {
  const phase = process.env.BENCH_PHASE as Phase | undefined
  if (phase) {
    console.log('RESULT ' + JSON.stringify(await runPhase(phase, generateProfiles(N))))
    return
  }
  const loadAtStart = os.loadavg().map((x) => x.toFixed(2)).join(' ')
  const oneProcess = process.env.BENCH_ONE_PROCESS === '1'
  let whole: Result, eight: Result, jre: Result, pc: Result
  if (oneProcess) {
    const profiles = generateProfiles(N)
    whole = await runPhase('A', profiles)
    eight = await runPhase('B', profiles)
    jre = await runPhase('C', profiles)
    pc = await runPhase('D', profiles)
  } else {
    whole = await inChild('A')
    eight = await inChild('B')
    jre = await inChild('C')
    pc = await inChild('D')
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ')
  console.log(`policy-rules bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu}, ${os.cpus().length} cores; ${N} profiles, asOf ${AS_OF}`)
  console.log(`  load average (1/5/15 min) at start: ${loadAtStart}, at end: ${load}`)
  console.log(
    `  method: median over chunks of ${CHUNK} distinct profiles of (chunk time ÷ ${CHUNK}), process.hrtime.bigint(); A, B: ${ROUNDS} passes each; C: 1 pass; D: 1 pass over the first BENCH_PUBLICODES_PROFILES (default 10 000); phases A, B, C, D one after the other, ${oneProcess ? 'in one process (BENCH_ONE_PROCESS=1)' : 'each in a process of its own'}`,
  )
  for (const r of [whole, eight, jre, pc]) {
    console.log(`  ${r.name}\n    ${Math.round(r.profilesPerSecond).toLocaleString('en')} profiles/s, median ${r.medianMicros.toFixed(2)} µs/profile (checksum ${r.checksum})`)
  }
  console.log(`  ratio (8 rules, profiles/s): policy-rules / json-rules-engine = ${(eight.profilesPerSecond / jre.profilesPerSecond).toFixed(1)}×`)
  console.log(`  ratio (8 rules, median µs): ${(jre.medianMicros / eight.medianMicros).toFixed(1)}×`)
  console.log('  ratio table (the same 8 quantitative measures, same profiles, same run):')
  console.log(`    ${'engine'.padEnd(66)}${'profiles/s'.padStart(12)}${'median µs'.padStart(11)}${'× slower than policy-rules'.padStart(28)}`)
  for (const r of [eight, jre, pc]) {
    console.log(`    ${r.name.padEnd(66)}${Math.round(r.profilesPerSecond).toLocaleString('en').padStart(12)}${r.medianMicros.toFixed(2).padStart(11)}${(r.medianMicros / eight.medianMicros).toFixed(1).padStart(28)}`)
  }
  console.log(`  targets: whole catalogue ≤ 3 µs/profile → ${whole.medianMicros <= 3 ? 'met' : 'NOT met'}; ≥ 50× json-rules-engine → ${jre.medianMicros / eight.medianMicros >= 50 ? 'met' : 'NOT met'}`)
}

void main()
