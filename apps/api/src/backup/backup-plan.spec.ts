import { describe, expect, it } from 'vitest'
import { defaultBackupFolderName, migrationMismatch, restoreRefusal, serverMajor, tableOrder, toolCandidates, toolMajor } from './backup-plan.js'

describe('versions', () => {
  it.each([
    [180004, 18],
    [150014, 15],
    [90624, 9],
  ])('server_version_num %i is major %i', (num, major) => expect(serverMajor(num)).toBe(major))

  it.each([
    ['pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)', 15],
    ['pg_restore (PostgreSQL) 18.4', 18],
    ['pg_dump (PostgreSQL) 19devel', 19],
    ['command not found', null],
  ])('%j is major %s', (line, major) => expect(toolMajor(line)).toBe(major))

  it("looks in Debian's folder of that major first, then PATH, each once", () => {
    expect(toolCandidates('pg_dump', 18, '/usr/local/bin:/usr/bin::/usr/lib/postgresql/18/bin/')).toEqual([
      '/usr/lib/postgresql/18/bin/pg_dump',
      '/usr/local/bin/pg_dump',
      '/usr/bin/pg_dump',
    ])
  })
})

describe('tableOrder', () => {
  it.each([
    ['no references: alphabetical', ['c', 'a', 'b'], [], ['a', 'b', 'c']],
    ['parents before children', ['appeal_events', 'appeals', 'enterprises'], [['appeal_events', 'appeals'], ['appeals', 'enterprises']], ['enterprises', 'appeals', 'appeal_events']],
    ['a self reference is no obstacle', ['a', 'b'], [['a', 'a'], ['a', 'b']], ['b', 'a']],
    ['a reference outside the set is ignored', ['a'], [['a', 'z']], ['a']],
    ['a cycle is broken, nothing is lost', ['x', 'y', 'z'], [['x', 'y'], ['y', 'x'], ['z', 'x']], ['x', 'y', 'z']],
  ] as const)('%s', (_, tables, refs, order) => {
    expect(tableOrder(tables, refs)).toEqual(order)
  })
})

describe('migrationMismatch', () => {
  const code = ['Enterprises1', 'Appeals2', 'Users3']
  it.each([
    ['the same migrations', code, null],
    ['an older backup', ['Enterprises1', 'Appeals2'], /made at migration Appeals2, this code is at Users3/],
    ['a newer backup', [...code, 'Later4'], /not this code's/],
    ['another branch', ['Enterprises1', 'Other2', 'Users3'], /not this code's/],
    ['nothing', [], /made at migration no migration/],
  ] as const)('%s', (_, backup, expected) => {
    const result = migrationMismatch(backup, code)
    if (expected === null) expect(result).toBeNull()
    else expect(result).toMatch(expected)
  })
})

describe('restoreRefusal', () => {
  it.each([
    [0, false, null],
    [0, true, null],
    [3, true, null],
    [3, false, 'the target database is not empty (3 tables); restore into an empty database, or add --force to drop its schemas first'],
  ])('%i tables, force %s → %j', (tables, force, refusal) => expect(restoreRefusal(tables, force)).toBe(refusal))
})

it('names a backup folder by its UTC time, safe on every file system', () => {
  expect(defaultBackupFolderName(new Date('2026-12-06T02:58:07.123Z'))).toBe('2026-12-06T02-58-07Z')
})
