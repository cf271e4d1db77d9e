import { catalogues, formatDueDay, shanghaiDateTimeOf } from '@servicepack/policy-rules'
import { EXPORT_MAX_ROWS, type ExportTable } from '../common/table-files.js'
import { timing } from './appeal-mapper.js'
import type { AppealStatus, Rating } from './appeal-state.js'
import type { Appeal } from './appeal.entity.js'

/** The most rows one export writes (table-files.ts: the one cap of every export). */
export const APPEAL_EXPORT_MAX_ROWS = EXPORT_MAX_ROWS

/** The statuses in the words of the apps (AppealStatusTag). */
export const STATUS_ZH: Record<AppealStatus, string> = {
  submitted: '待派单',
  dispatched: '待签收',
  in_progress: '办理中',
  responded: '已答复',
  closed: '已办结',
  withdrawn: '已撤回',
}

export const RATING_ZH: Record<Rating, string> = { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' }

export const APPEAL_EXPORT_HEADER = ['编号', '标题', '企业', '统一社会信用代码', '诉求类别', '状态', '主办单位', '协办单位', '提交时间', '派单时间', '签收时限', '答复时限', '是否超期', '重办次数', '评价']

const name = (list: readonly { code: string; zh: string }[], code: string | null): string => (code === null ? '' : (list.find((i) => i.code === code)?.zh ?? code))
const time = (t: Date | string | null): string => (t === null ? '' : shanghaiDateTimeOf(t))
/** A deadline as its working day, "2026-12-11（周五）前" (never midnight of the next day). */
const dueDay = (t: Date | string | null): string => (t === null ? '' : formatDueDay(t))

/**
 * Appeals, in the order given, as a table with Chinese headers and names (pure): times in Shanghai
 * wall-clock time, deadlines as their working day, 是否超期 as the list shows it at `now`. The file is named by today's Shanghai date.
 */
export function appealExportTable(appeals: readonly Appeal[], enterpriseNames: ReadonlyMap<string, string>, ctx: { now: Date; today: string; dueSoonUntil: Date }): ExportTable {
  const rows = appeals.map((a) => [
    a.number,
    a.title,
    enterpriseNames.get(a.enterpriseUscc) ?? '',
    a.enterpriseUscc,
    name(catalogues.appealCategories, a.categoryCode),
    STATUS_ZH[a.status] ?? a.status,
    name(catalogues.bureaus, a.leadBureau),
    a.assistingBureaus.map((b) => name(catalogues.bureaus, b)).join('、'),
    time(a.createdAt),
    time(a.dispatchedAt),
    dueDay(a.acceptDueAt),
    dueDay(a.answerDueAt),
    timing(a, ctx.now, ctx.dueSoonUntil).overdue ? '是' : '否',
    a.reopenCount,
    a.rating ? RATING_ZH[a.rating] : '',
  ])
  return {
    title: null,
    header: APPEAL_EXPORT_HEADER,
    rows,
    fileName: `诉求-${ctx.today}`,
    sheetName: '诉求',
    widths: [18, 36, 28, 22, 14, 10, 20, 28, 18, 18, 18, 18, 10, 10, 10],
  }
}
