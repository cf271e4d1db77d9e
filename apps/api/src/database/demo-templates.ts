import { catalogues } from '@servicepack/policy-rules'
import type { DataSource } from 'typeorm'

/**
 * The demo response templates (答复模板): for every bureau of the catalogue, the three answers a
 * bureau writes most — a policy consultation answered, missing materials asked for, an appeal not
 * taken up — as realistic texts with the bureau's name and blanks (……) for the officer to fill
 * in. Inserting one in the answer editor is a start, reviewed before sending (never sent as it is).
 */
export const DEMO_TEMPLATE_TITLES = ['政策咨询答复', '材料补正告知', '不予受理说明'] as const

export function demoTemplates(bureauName: string): { title: (typeof DEMO_TEMPLATE_TITLES)[number]; body: string }[] {
  return [
    {
      title: '政策咨询答复',
      body: [
        `您好！关于您咨询的政策事项，经${bureauName}核实，答复如下：`,
        '一、适用政策：……（政策文件名称及条款，如沪府办规〔2025〕20号第……条）；',
        '二、申报条件：……；',
        '三、办理流程及时限：……（申报入口、受理时间、审核时限）。',
        '如仍有疑问，可致电本单位业务处室（电话：……），我们将继续为您做好服务。',
      ].join('\n'),
    },
    {
      title: '材料补正告知',
      body: [
        `您好！经${bureauName}初步审核，您提交的材料尚需补正：`,
        '1. ……（缺少或不符合要求的材料名称）；',
        '2. ……（需加盖公章或提供原件核验的材料）。',
        '请于收到本告知之日起 5 个工作日内通过本平台补充上传。材料齐全后，我们将在规定时限内继续办理；逾期未补正的，视为放弃本次申请。',
      ].join('\n'),
    },
    {
      title: '不予受理说明',
      body: [
        `您好！经${bureauName}审核，您反映的事项……（不属于本单位职责范围 / 不符合……政策的适用条件），依据……，本次不予受理。`,
        '建议您向……（有权处理的部门或渠道）咨询办理，联系电话：……。',
        '如对本答复有异议，可通过本平台继续留言说明。感谢您对我们工作的理解与支持。',
      ].join('\n'),
    },
  ]
}

/** Inserts the demo templates each bureau lacks (by title); an administrator's edits and templates stay. Returns rows added. */
export async function seedDemoTemplates(db: DataSource, now: Date): Promise<number> {
  const rows = catalogues.bureaus.flatMap((b) => demoTemplates(b.zh).map((t) => ({ bureau: b.code, ...t })))
  const added: unknown[] = await db.query(
    `INSERT INTO response_templates (bureau, title, body, version, created_at, updated_at, updated_by)
     SELECT b, t, body, 1, $4, $4, 'demo-seed' FROM unnest($1::varchar[], $2::varchar[], $3::text[]) AS x(b, t, body)
     WHERE NOT EXISTS (SELECT 1 FROM response_templates r WHERE r.bureau = x.b AND r.title = x.t)
     RETURNING id`,
    [rows.map((r) => r.bureau), rows.map((r) => r.title), rows.map((r) => r.body), now],
  )
  return added.length
}
