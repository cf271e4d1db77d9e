// `pnpm dev` of this package: the SSO that SSO= chooses (scripts/sso-choice.mjs), in the foreground;
// Ctrl-C and SIGTERM are passed on and this process ends with it.
import { spawn } from 'node:child_process'
import { ssoCommand } from './sso-choice.mjs'

const choice = ssoCommand(process.env)
if ('error' in choice) {
  console.error(`dev-sso: ${choice.error}`)
  process.exit(2)
}
const child = spawn(choice.command, choice.args, { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal === 'SIGINT' ? 'SIGTERM' : signal))
child.on('error', (err) => {
  console.error(`dev-sso: could not start ${choice.name}: ${err.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1)))
