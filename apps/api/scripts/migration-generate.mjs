// Generates a migration from the difference between the entities and the migrations, against a
// throwaway embedded PostgreSQL: `pnpm --filter @servicepack/api migration:generate AddAppeals`.
import { spawnSync } from 'node:child_process'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const name = process.argv[2]
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: pnpm --filter @servicepack/api migration:generate <PascalCaseName>')
  process.exit(1)
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1)

const { startEmbeddedPostgres } = await import('../dist/database/embedded.js')
const { runMigrations, pendingSchemaChanges } = await import('../dist/database/migrate.js')
const { default: getPort } = await import('get-port')
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-migrate-'))
await chmod(dataDir, 0o711)
const pg = await startEmbeddedPostgres({ dataDir, port: await getPort(), fsync: false, persistent: false })
try {
  await runMigrations(pg.url)
  const { up, down } = await pendingSchemaChanges(pg.url)
  if (up.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.')
  } else {
    const timestamp = Date.now()
    const className = `${name}${timestamp}`
    const q = (s) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`'
    const file = `${timestamp}-${name}`
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm'

export class ${className} implements MigrationInterface {
  name = '${className}'

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((s) => `    await queryRunner.query(${q(s)})`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map((s) => `    await queryRunner.query(${q(s)})`).join('\n')}
  }
}
`
    await writeFile(path.join(root, 'src/database/migrations', `${file}.ts`), source)
    const indexPath = path.join(root, 'src/database/migrations/index.ts')
    let index = await readFile(indexPath, 'utf8')
    index = `import { ${className} } from './${file}.js'\n` + index
    index = index.replace(/= \[(.*)\]/s, (_, list) => `= [${[list.trim().replace(/,$/, ''), className].filter(Boolean).join(', ')}]`)
    await writeFile(indexPath, index)
    console.log(`Wrote src/database/migrations/${file}.ts (${up.length} statements)`)
  }
} finally {
  await pg.stop()
  await rm(dataDir, { recursive: true, force: true })
}
