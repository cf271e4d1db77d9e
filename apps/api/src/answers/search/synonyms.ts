/**
 * Synonyms (checked in): each group's first entry is the form written into the index; every other
 * entry is rewritten to it before segmenting, at index time and at query time alike, so 利息补贴
 * finds 贴息 and 首台(套) finds 首台套. Longer phrases are rewritten first.
 * CHANGING THIS TABLE CHANGES THE DICTIONARY HASH (re-index by the answers-reindex job).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['首台套', '首台(套)', '首台（套）', '首台/套', '首套', '第一台套'],
  ['贴息', '利息补贴', '贷款贴息', '利息补助', '贴利息', '利息补偿'],
  ['补贴', '补助', '资助', '扶持资金', '奖补'],
  ['技术改造', '技改'],
  ['免申即享', '免申请', '不用申请', '无需申报', '免申报'],
  ['专精特新', '专精特新企业'],
  ['集成电路', '芯片', '半导体'],
  ['融资租赁', '设备租赁'],
  ['科技创新债券', '科创债', '科技债'],
  ['碳足迹', '碳排放核算'],
  ['绿色工厂', '绿色制造工厂'],
  ['吨标煤', '吨标准煤'],
  ['研发费用', '研发投入', '研发支出', '研发经费'],
  ['落户', '户口'],
  ['用工', '招工', '招人', '招不到人', '缺人', '缺工', '用工荒'],
  ['工业用地', '厂房用地', '工业土地'],
  ['电力接入', '接电', '通电', '用电接入'],
  ['宽带服务', '宽带', '网络接入'],
  ['中试平台', '中试基地', '小试中试'],
  ['市经济信息化委', '经信委', '市经信委', '经济信息化委'],
  ['市人力资源社会保障局', '人社局', '市人社局'],
  ['市发展改革委', '发改委', '市发改委'],
  ['市委金融办', '金融办'],
  ['人工智能', 'AI'],
  ['拨付', '到账', '打款', '发放'],
  ['多久', '多长时间', '什么时候'],
]
