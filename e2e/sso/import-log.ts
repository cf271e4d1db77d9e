/**
 * What Keycloak's log says about the realm import: whether `servicepack` was imported, and every WARN or
 * ERROR line from the start of the import (`Importing from directory`) to its end (`Import finished`).
 */
export function importReport(log: string): { imported: boolean; complaints: string[] } {
  const lines = log.split('\n')
  const start = lines.findIndex((l) => l.includes('Importing from directory'))
  const end = lines.findIndex((l, i) => i > start && l.includes('Import finished successfully'))
  if (start < 0 || end < 0) return { imported: false, complaints: [] }
  const section = lines.slice(start, end + 1)
  return {
    imported: section.some((l) => l.includes("Realm 'servicepack' imported")),
    complaints: section.filter((l) => /\b(WARN|ERROR)\b/.test(l)),
  }
}
