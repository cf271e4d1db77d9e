import { shanghaiDateTimeOf } from '@servicepack/policy-rules'
import type { ExportTable } from '../common/table-files.js'
import { registrationStatusZh } from './notice-mapper.js'
import type { RegistrationDto } from './notice-response.dto.js'

export const REGISTRATION_EXPORT_HEADER = ['企业名称', '统一社会信用代码', '联系人', '联系电话', '参会人数', '报名状态', '候补序号', '报名时间', '签到']

/**
 * A notice's registrations, in the list's order, as a table with Chinese headers (pure): statuses in
 * the apps' words, times in Shanghai wall-clock time, phone numbers as the enterprises typed them.
 * The file is named 报名名单-<the notice's title, made safe for a file name>.
 */
export function registrationExportTable(title: string, items: readonly RegistrationDto[]): ExportTable {
  return {
    title: null,
    header: REGISTRATION_EXPORT_HEADER,
    rows: items.map((r) => [
      r.enterpriseName,
      r.enterpriseUscc,
      r.contactName,
      r.contactPhone,
      r.attendees,
      registrationStatusZh[r.status],
      r.waitlistPosition,
      shanghaiDateTimeOf(r.createdAt),
      r.attended === null ? '' : r.attended ? '已签到' : '未到',
    ]),
    fileName: `报名名单-${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}`,
    sheetName: '报名名单',
    widths: [36, 22, 12, 16, 10, 10, 10, 20, 8],
  }
}
