import { chmod, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
/** `<repo>/.data`: the project's own git-ignored data folder (PostgreSQL data, the dev SSO's key). */
export const PROJECT_DATA_ROOT = path.join(repoRoot, '.data')
/** Mode of the folders created above the PostgreSQL data folder: PostgreSQL must be able to enter them. */
export const PARENT_FOLDER_MODE = 0o755

/**
 * `mkdir -p dataDir`, with every folder it creates above `dataDir` set to 0755 whatever the umask
 * (the data folder itself is initdb's business: it makes it 0700).
 */
export async function makeDataFolder(dataDir: string): Promise<void> {
  const target = path.resolve(dataDir)
  const firstCreated = await mkdir(target, { recursive: true })
  if (!firstCreated) return
  for (let dir = path.dirname(target); dir === firstCreated || dir.startsWith(firstCreated + path.sep); dir = path.dirname(dir)) {
    await chmod(dir, PARENT_FOLDER_MODE)
  }
}

/**
 * The first folder above `dataDir` that PostgreSQL, run as OS user "postgres" when the app is started
 * as root, cannot enter (no o+x), or undefined when it can reach its data. The project's own
 * `<repo>/.data` is repaired on the way when it is closed (older dev SSOs created it 0700): it is set
 * to 0755 and `notice` says so in one line.
 */
export async function folderClosedToPostgres(
  dataDir: string,
  { projectDataRoot = PROJECT_DATA_ROOT, notice = (line: string) => console.warn(line) }: { projectDataRoot?: string; notice?: (line: string) => void } = {},
): Promise<string | undefined> {
  let dir = path.dirname(path.resolve(dataDir))
  while (dir !== path.dirname(dir)) {
    const info = await stat(dir)
    if ((info.mode & 0o001) === 0) {
      if (dir !== path.resolve(projectDataRoot) || info.uid !== process.getuid?.()) return dir
      const repaired = (info.mode & 0o7777) | 0o055
      await chmod(dir, repaired)
      notice(
        `servicepack-api: ${dir} was closed to other users (mode ${(info.mode & 0o777).toString(8)}, as an older dev SSO made it); set it to ${repaired.toString(8)} so that PostgreSQL, run as user "postgres", can enter it.`,
      )
    }
    dir = path.dirname(dir)
  }
  return undefined
}
