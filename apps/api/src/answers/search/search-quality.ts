/**
 * The search quality set: what enterprises really type (colloquial, with typos, with synonyms such as
 * 贴息/利息补贴 and 首台套/首台(套)) and the demo answers (demo/, by key) each should find in its first
 * three results. Held by test/answers-search.spec.ts (recall@3 ≥ 0.9) and measured by bench:search.
 */
export interface QualityQuery {
  q: string
  expect: string[]
  /** what the query tests */
  kind: 'colloquial' | 'typo' | 'synonym' | 'term'
}

export const SEARCH_QUALITY: readonly QualityQuery[] = [
  // synonyms
  { q: '首台（套）装备能补多少钱', expect: ['fs-1'], kind: 'synonym' },
  { q: '首台套最多支持多少', expect: ['fs-1', 'li-6'], kind: 'synonym' },
  { q: '原材料贷款利息补贴', expect: ['sl-2', 'sl-1'], kind: 'synonym' },
  { q: '备货贷款的利息补贴是几个点', expect: ['sl-1', 'sl-2'], kind: 'synonym' },
  { q: '技改贷款贴息最高多少', expect: ['tk-1'], kind: 'synonym' },
  { q: '设备租赁费用能不能补', expect: ['tk-2'], kind: 'synonym' },
  { q: '芯片公司做光刻胶有没有扶持', expect: ['li-1'], kind: 'synonym' },
  { q: '经信委的服务包怎么用', expect: ['sv-1'], kind: 'synonym' },
  { q: '科创债怎么发', expect: ['mf-2', 'mf-4'], kind: 'synonym' },
  { q: '人社局招工对接', expect: ['lb-1', 'lb-5'], kind: 'synonym' },
  { q: '户口能不能解决', expect: ['ti-1', 'ti-5'], kind: 'synonym' },
  { q: '不用申请就能拿的政策', expect: ['gn-1'], kind: 'synonym' },
  // colloquial
  { q: '我们厂招不到人怎么办', expect: ['lb-1', 'lb-5'], kind: 'colloquial' },
  { q: '地快到期了咋办', expect: ['ld-1', 'ld-5'], kind: 'colloquial' },
  { q: '厂房容积率可以调高吗', expect: ['ld-2'], kind: 'colloquial' },
  { q: '用电增容太慢了', expect: ['cr-1'], kind: 'colloquial' },
  { q: '园区转供电被加价', expect: ['cr-3'], kind: 'colloquial' },
  { q: '园区不让我们自己选宽带', expect: ['cr-4'], kind: 'colloquial' },
  { q: '大件运输证办得慢', expect: ['lg-1', 'lg-5'], kind: 'colloquial' },
  { q: '评上国家绿色工厂给多少钱', expect: ['gf-1'], kind: 'colloquial' },
  { q: '省下来的标煤怎么算奖励', expect: ['es-1', 'es-4'], kind: 'colloquial' },
  { q: '人才奖励的钱给公司还是给个人', expect: ['ta-2'], kind: 'colloquial' },
  { q: '人才奖励每个人能拿多少', expect: ['ta-1'], kind: 'colloquial' },
  { q: '基础研究投了3000万能补多少', expect: ['br-5', 'br-1'], kind: 'colloquial' },
  { q: '研发费用高增长奖励现在能报吗', expect: ['rg-2', 'rg-1'], kind: 'colloquial' },
  { q: '想出海建厂要备案吗', expect: ['mk-5'], kind: 'colloquial' },
  { q: '电商平台零佣金', expect: ['mk-2'], kind: 'colloquial' },
  { q: '没有中试条件可以借用别人的平台吗', expect: ['pp-2'], kind: 'colloquial' },
  { q: '诉求多久能回复', expect: ['sv-4'], kind: 'colloquial' },
  { q: '答复不满意怎么办', expect: ['sv-5'], kind: 'colloquial' },
  { q: '补贴钱打到哪个账户', expect: ['gn-7'], kind: 'colloquial' },
  { q: '补贴要交所得税吗', expect: ['gn-13', 'ta-3'], kind: 'colloquial' },
  { q: '政策管到哪一年', expect: ['gn-3'], kind: 'colloquial' },
  { q: '市里区里的补贴能一起拿吗', expect: ['gn-4'], kind: 'colloquial' },
  { q: '化工厂不在园区里还能扩建吗', expect: ['cp-1', 'cp-2'], kind: 'colloquial' },
  { q: '公司用大模型做智能体有钱补吗', expect: ['dt-1'], kind: 'colloquial' },
  { q: '危化品放哪里合规', expect: ['lg-2'], kind: 'colloquial' },
  { q: '集成电路固废处理太贵', expect: ['cr-5'], kind: 'colloquial' },
  { q: '外资企业能不能享受', expect: ['gn-12'], kind: 'colloquial' },
  // typos (homophones and slips)
  { q: '首台套申保材料', expect: ['fs-2'], kind: 'typo' },
  { q: '备货代款贴息', expect: ['sl-1', 'sl-2', 'sl-6'], kind: 'typo' },
  { q: '绿色工场奖励', expect: ['gf-1', 'gf-2', 'gf-3'], kind: 'typo' },
  { q: '工业用地续其', expect: ['ld-1', 'ld-5'], kind: 'typo' },
  { q: '节能改照奖励最高多少', expect: ['es-4', 'es-1'], kind: 'typo' },
  { q: '智能工场领航计划', expect: ['dt-2', 'dt-7'], kind: 'typo' },
  // plan terms
  { q: '专精特新', expect: ['gn-2'], kind: 'term' },
  { q: '免申即享', expect: ['gn-1'], kind: 'term' },
  { q: 'AEO认证', expect: ['sv-2'], kind: 'term' },
  { q: 'ESG评级', expect: ['ce-2'], kind: 'term' },
  { q: '低空经济eVTOL', expect: ['ke-1'], kind: 'term' },
  { q: '人形机器人', expect: ['ke-2'], kind: 'term' },
  { q: '碳足迹', expect: ['ce-1', 'ce-3'], kind: 'term' },
]
