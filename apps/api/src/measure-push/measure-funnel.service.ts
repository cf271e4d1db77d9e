import { Injectable } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { catalogues, measures, shanghaiDateOf } from '@servicepack/policy-rules'
import { DataSource } from 'typeorm'
import { Clock } from '../common/clock.js'
import { ApiException } from '../common/error-shape.js'
import type { ExportTable } from '../common/table-files.js'
import type { Viewer } from '../auth/viewer.js'
import { funnelQueries, type FunnelGroup, type FunnelStage } from './measure-funnel.queries.js'
import type { MeasureFunnelDto, MeasureFunnelEnterpriseListDto } from './measure-push.dto.js'

const PAGE = 20
const names = new Map(measures.map((m) => [m.id, m.name.zh]))
const groupName = (by: FunnelGroup, code: string | null) => (code ? ((by === 'district' ? catalogues.districts : catalogues.industries).find((x) => x.code === code)?.zh ?? code) : '未知')

/**
 * The measures' funnel (issue 23 §4, 应知尽知 for measures): per measure, enterprises eligible →
 * pushed → opened → confirmed → granted, optionally by district or industry; the enterprises at a
 * stage; the same as a file. Coordinators and administrators.
 */
@Injectable()
export class MeasureFunnelService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async funnel(viewer: Viewer, q: { district?: string; industry?: string; by?: FunnelGroup }): Promise<MeasureFunnelDto> {
    assertOversight(viewer)
    return { items: await funnelQueries.counts(this.db.manager, q, q.by ?? null) }
  }

  async enterprises(viewer: Viewer, measureId: string, stage: FunnelStage, q: { district?: string; industry?: string; page?: number }): Promise<MeasureFunnelEnterpriseListDto> {
    assertOversight(viewer)
    const page = q.page ?? 1
    const { items, total } = await funnelQueries.enterprises(this.db.manager, { measureId, district: q.district, industry: q.industry }, stage, PAGE, (page - 1) * PAGE)
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)
    return { items: items.map((e) => ({ ...e, pushedAt: iso(e.pushedAt), openedAt: iso(e.openedAt), confirmedAt: iso(e.confirmedAt) })), total, page, pageSize: PAGE }
  }

  async exportTable(viewer: Viewer, q: { district?: string; industry?: string; by?: FunnelGroup }): Promise<ExportTable> {
    const { items } = await this.funnel(viewer, q)
    const by = q.by ?? null
    const rate = (a: number, b: number) => ({ rate: b > 0 ? a / b : null })
    return {
      title: `免申即享·政策触达漏斗（${shanghaiDateOf(this.clock.now())}）`,
      header: ['政策', ...(by ? [by === 'district' ? '区' : '行业'] : []), '符合条件', '已推送', '已查看', '已确认享受', '已兑现', '推送率', '兑现率'],
      rows: items.map((r) => [names.get(r.measureId) ?? r.measureId, ...(by ? [groupName(by, r.group)] : []), r.eligible, r.pushed, r.opened, r.confirmed, r.granted, rate(r.pushed, r.eligible), rate(r.granted, r.confirmed)]),
      fileName: `政策触达漏斗-${shanghaiDateOf(this.clock.now())}`,
      sheetName: '政策触达漏斗',
      notes: {
        sheetName: '口径',
        header: ['指标', '口径'],
        rows: [
          ['符合条件', '按企业当前画像保存的评估（每日及画像变更时更新），状态为“符合”的企业数'],
          ['已推送', '系统已告知（站内或邮件）该政策为新匹配政策的企业数（每个企业、政策、规则版本一次）'],
          ['已查看', '推送后企业打开过该政策页面的企业数'],
          ['已确认享受', '企业点击“确认享受”提交申请的企业数'],
          ['已兑现', '牵头部门答复“予以兑现”的企业数'],
        ],
      },
    }
  }
}

function assertOversight(viewer: Viewer): void {
  if (!viewer.roles.some((r) => r === 'coordinator' || r === 'admin')) throw new ApiException(403, 'FORBIDDEN', 'The measures’ funnel is for coordinators')
}
