import { existsSync } from 'node:fs'

/**
 * The Chromium the browser tests and scripts drive: `CHROMIUM_PATH` when set, else Debian's
 * `chromium-headless-shell` (the same Blink and V8 without the browser's windowing layer — the walk of
 * every page took 20 % less CPU in it, a start 3 times less), else Debian's `chromium`.
 */
export const CHROMIUM_PATH: string =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file)) ?? '/usr/bin/chromium'

/**
 * Flags that keep it off the (closed) network and out of the sandbox root cannot use, and keep V8 at
 * its baseline compiler (`--max-opt=1`: Ignition and Sparkplug, no Maglev or TurboFan): a test's page
 * lives for a second or two, too short for optimised code to pay for its compiling — the same walk of
 * 16 back-office pages took 5–18 % less machine CPU so in 12 of 13 alternating pairs (one equal; `pnpm
 * --filter @servicepack/e2e bench:browser`). What a page does is the same in every tier.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--max-opt=1',
]
