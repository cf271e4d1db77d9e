/**
 * What the browser tests' Chromium costs with a set of flags: the e2e stack (setup/stack.ts) once, then
 * for each variant and round a fresh Chromium that signs in to the back office and checks 16 of its
 * pages as the every-page walk does (settled, then axe). Prints each run's wall time, the machine's CPU
 * seconds (all cores, /proc/stat: the stack's share is the same in every variant) and Chromium's own,
 * per process type. Variants alternate, so a machine that slows down meanwhile slows all of them.
 *
 *   pnpm --filter @servicepack/e2e bench:browser
 *   VARIANTS='{"shipped":[],"turbofan":["--js-flags=--max-opt=999"]}' ROUNDS=3 pnpm --filter @servicepack/e2e bench:browser
 *
 * Variants' flags come after CHROMIUM_ARGS (helpers/chromium.ts); a later --js-flags replaces an earlier one.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import setup from '../setup/stack.js'
import { axeReport } from '../helpers/axe.js'
import { ADMIN, DESKTOP, signInOnSsoPage } from '../helpers/browser.js'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js'
import { pageSettled, settleTracker } from '../helpers/settle.js'

const A = '91310115MA1K4C7L8X'
const PAGES = ['/', '/appeals', '/appeals?tab=overdue&sort=due_asc', '/enterprises', '/enterprises?unassigned=true&sort=annualOutputValue&order=desc', `/enterprises/${A}`, `/enterprises/${A}?tab=package`, `/enterprises/${A}?tab=history`, '/metrics', '/answers', '/notices', '/measure-funnel', '/open-data', '/catalogue', '/notifications', '/account']
const variants: Record<string, string[]> = JSON.parse(process.env.VARIANTS ?? '{"shipped":[],"turbofan":["--js-flags=--max-opt=999"]}')
const rounds = Number(process.env.ROUNDS ?? 2)

/** The machine's busy CPU time, all cores, in seconds. */
function machineCpu(): number {
  const fields = /^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]?.split(/\s+/).map(Number) ?? []
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields
  return (user + nice + system + irq + softirq + steal) / 100
}

/** CPU seconds of the running Chromium processes (and the children they reaped), per process type: every Chromium on the machine, so run it alone. */
function chromiumCpu(): Record<string, number> {
  const byType: Record<string, number> = {}
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!path.basename(cmd.split('\0')[0] ?? '').startsWith('chrom')) continue
      const type = /--utility-sub-type=([\w.-]+)/.exec(cmd)?.[1] ?? /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser'
      // after the ") " that ends the name: utime, stime, cutime, cstime are the 12th to 15th fields
      const stat = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ').map(Number)
      const ticks = stat.slice(11, 15).reduce((a, b) => a + b, 0)
      byType[type] = (byType[type] ?? 0) + ticks / 100
    } catch {
      // the process ended meanwhile
    }
  }
  return byType
}

async function run(flags: string[]): Promise<string> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'servicepack-browser-cost-'))
  const cpu0 = machineCpu()
  const t0 = performance.now()
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, locale: 'zh-CN', viewport: DESKTOP, args: [...CHROMIUM_ARGS, ...flags] })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const { settled } = settleTracker(page)
    await page.goto(ADMIN + '/')
    await signInOnSsoPage(page, 'admin')
    await page.locator('[data-test="user-menu"]').waitFor()
    const spent = { load: 0, settle: 0, axe: 0 }
    const timed = async (what: keyof typeof spent, step: () => Promise<unknown>) => {
      const t = performance.now()
      await step()
      spent[what] += (performance.now() - t) / 1000
    }
    for (const route of PAGES) {
      await timed('load', () => page.goto(ADMIN + route))
      await timed('settle', () => pageSettled(page, settled))
      await timed('axe', () => axeReport(page))
    }
    const own = chromiumCpu()
    const ownTotal = Object.values(own).reduce((a, b) => a + b, 0)
    const types = Object.entries(own)
      .sort((a, b) => b[1] - a[1])
      .map(([type, s]) => `${type} ${s.toFixed(1)}`)
      .join(', ')
    const f = (s: number) => `${s.toFixed(1)} s`
    return `wall ${f((performance.now() - t0) / 1000)}, machine CPU ${f(machineCpu() - cpu0)}, Chromium ${f(ownTotal)} (${types}); loading ${f(spent.load)}, settling ${f(spent.settle)}, axe ${f(spent.axe)}`
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}

const teardown = await setup()
try {
  console.log(`${PAGES.length} back-office pages as admin, ${rounds} round(s); Chromium ${CHROMIUM_PATH} ${CHROMIUM_ARGS.join(' ')}`)
  for (let round = 1; round <= rounds; round++) {
    for (const [name, flags] of Object.entries(variants)) console.log(`${name.padEnd(16)} ${await run(flags)}`)
  }
} finally {
  await teardown()
}
