import type { FastifyReply } from 'fastify'
import { contentDisposition } from '../attachments/attachment-type.js'
import { csvFile, EXPORT_CONTENT_TYPES, xlsxFile, type ExportFormat, type ExportTable } from './table-files.js'

/** A file to download, private to the caller: never cached, never sniffed. */
export async function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; bytes: Buffer }): Promise<void> {
  await reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.bytes)
}

/** A table (table-files.ts) as the CSV or XLSX file asked for, named `<table.fileName>.<format>`. */
export async function sendTable(reply: FastifyReply, table: ExportTable, format: ExportFormat): Promise<void> {
  const bytes = format === 'xlsx' ? await xlsxFile(table) : csvFile(table)
  await sendFile(reply, { fileName: `${table.fileName}.${format}`, contentType: EXPORT_CONTENT_TYPES[format], bytes })
}
