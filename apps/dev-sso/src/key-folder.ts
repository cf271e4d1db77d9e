import { chmod, mkdir, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/** Mode of the folder that holds the signing key: nobody but its owner may list or enter it. */
export const KEY_FOLDER_MODE = 0o700
/**
 * Mode of every folder created above it (e.g. `<repo>/.data`). Other projects' data lives beside the
 * key there: when `pnpm dev` runs as root, the embedded PostgreSQL runs as OS user "postgres" and must
 * be able to enter `.data` to reach `.data/postgres`.
 */
export const PARENT_FOLDER_MODE = 0o755

/**
 * Creates `dir` with mode 0700 and any missing folder above it with mode 0755, whatever the umask
 * (modes are set with chmod, which the umask does not reduce). Folders that already exist are left
 * as they are: the key may be pointed anywhere with DEV_SSO_KEY_FILE. Returns true when `dir` was
 * created by this call.
 */
export async function makePrivateFolder(dir: string): Promise<boolean> {
  const target = resolve(dir)
  const missing: string[] = []
  for (let d = target; !(await exists(d)); d = dirname(d)) {
    missing.unshift(d)
    if (dirname(d) === d) break
  }
  let created = false
  for (const d of missing) {
    const mode = d === target ? KEY_FOLDER_MODE : PARENT_FOLDER_MODE
    try {
      await mkdir(d, { mode })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue // a concurrent first start made it
      throw err
    }
    await chmod(d, mode)
    if (d === target) created = true
  }
  return created
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
}
