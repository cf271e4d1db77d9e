import type { DemoAnswer } from './demo-answer.js'

/** Demo Q&A, clauses (九)–(十七) and general questions: written from the plan's text and the measures of packages/policy-rules. */
export const demoAnswersB: DemoAnswer[] = [
  // (九) 人才
  { key: 'ti-1', measureId: 'talent-introduction', bureau: 'talent', q: '企业引进的紧缺人才能办上海落户吗？', a: '将符合条件的企业推荐纳入人才引进重点机构，为企业引进急需紧缺人才提供落户保障；具体条件按本市人才引进落户办法执行。' },
  { key: 'ti-2', measureId: 'talent-introduction', bureau: 'talent', q: '怎么成为人才引进重点机构？', a: '由市经济信息化委会同市人才局根据企业所属重点领域、规模和研发能力推荐，纳入后企业引进的人才可走重点机构落户通道。' },
  { key: 'ti-3', measureId: 'talent-introduction', bureau: 'sheitc', q: '高精尖人才申报国家人才计划有优先推荐吗？', a: '支持重点领域企业引育高精尖紧缺人才，符合条件的优先推荐申报国家和本市人才培育计划，并对入选者及其团队予以支持。' },
  { key: 'ti-4', measureId: 'talent-introduction', bureau: 'talent', q: '外籍专家来企业工作怎么办理工作许可？', a: '外籍高层次人才可按外国人来华工作许可的A类办理，重点机构引进的可享受绿色通道；具体向市人才局和出入境管理部门咨询。' },
  { key: 'ta-1', measureId: 'talent-award', bureau: 'talent', q: '重点产业领域人才专项奖励每人给多少？', a: '鼓励企业支持相关人才申报重点产业领域人才专项奖励，每人最高奖励不超过30万元。' },
  { key: 'ta-2', measureId: 'talent-award', bureau: 'talent', q: '人才专项奖励是发给公司还是个人？', a: '奖励授予入选的人才本人，不是企业的资金；企业的作用是支持和组织人才申报。' },
  { key: 'ta-3', measureId: 'talent-award', bureau: 'sheitc', q: '人才奖励需要交个人所得税吗？', a: '人才专项奖励按个人所得税法相关规定处理，省级人民政府颁发的奖金可免征个人所得税，具体以税务部门认定为准。' },
  // (十) 用工
  { key: 'lb-1', measureId: 'labour-support', bureau: 'hrss', q: '工厂招工难，政府能帮忙对接劳务吗？', a: '建立制造业企业紧缺人才、紧缺工种目录，完善“市市对接”机制，加强市内外劳务协作，缓解企业阶段性用工矛盾。企业可向区人社部门登记用工需求。' },
  { key: 'lb-2', measureId: 'labour-support', bureau: 'hrss', q: '紧缺工种目录在哪里查询？', a: '紧缺人才、紧缺工种目录由市人力资源社会保障局会同市经济信息化委发布，可在市人社局网站查询，列入目录的工种在培训补贴等方面有倾斜。' },
  { key: 'lb-3', measureId: 'labour-support', bureau: 'hrss', q: '企业建高技能人才培养基地有补贴吗？', a: '鼓励制造业企业建设高技能人才培养基地，经认定的基地可按规定获得建设和培训补贴，向市人社局申报。' },
  { key: 'lb-4', measureId: 'labour-support', bureau: 'hrss', q: '特殊工种人才库怎么用？', a: '建立重点产业特殊工种人才库，构建面向企业的信息开放共享机制，企业可通过人社部门的平台检索和对接相关技能人才。' },
  { key: 'lb-5', measureId: 'labour-support', bureau: 'sheitc', q: '旺季临时用工缺口大怎么办？', a: '可向区人社部门提出阶段性用工需求，通过市内外劳务协作和“市市对接”机制组织招工；也可通过服务包提出诉求，由市人社局主办协调。' },
  // (十一) 用地
  { key: 'ld-1', measureId: 'industrial-land', bureau: 'planning', q: '工业用地快到期了怎么续期？', a: '梳理企业用地到期情况，妥善解决将到期工业用地续期问题；企业应在到期前向区规划资源部门提出续期申请，经绩效评估后办理。' },
  { key: 'ld-2', measureId: 'industrial-land', bureau: 'planning', q: '工业厂房容积率能提高吗？', a: '支持企业按需确定工业厂房容积率，企业提高容积率的需符合规划要求，按程序办理规划调整和审批手续。' },
  { key: 'ld-3', measureId: 'industrial-land', bureau: 'planning', q: '企业用地在产业区块外还能发展吗？', a: '局部优化调整规划产业区块，将城镇开发边界内、规划产业区块外规划未保留的企业用地有序合理划入区块内；具体以区规划资源部门的规划调整为准。' },
  { key: 'ld-4', measureId: 'industrial-land', bureau: 'gov-qingpu', q: '想扩建厂房但没有地怎么办？', a: '可向所在区政府和区规划资源部门提出用地需求，通过存量用地盘活、提高容积率、开发区整合等方式解决；也可通过服务包提出诉求。' },
  { key: 'ld-5', measureId: 'industrial-land', bureau: 'planning', q: '工业用地续期要补交土地出让金吗？', a: '续期需按规定签订续期合同并缴纳土地出让价款，价款按评估价格确定；绩效评估结果好的企业可优先续期。' },
  // (十二) 金融
  { key: 'sl-1', measureId: 'stocking-loan-subsidy', bureau: 'finance', q: '备货贷款贴息的贴息率是多少？', a: '聚焦重点产业链和产业链核心环节，对企业备货关键零部件及原材料的贷款，给予0.8%—1.3%的贴息支持，贴息率为年率，按贷款期限折算。' },
  { key: 'sl-2', measureId: 'stocking-loan-subsidy', bureau: 'finance', q: '买原材料的贷款可以申请利息补贴吗？', a: '可以。企业备货关键零部件及原材料的贷款，可申请0.8%—1.3%(年率)的贴息，需提供借款合同、用途证明和付息凭证。' },
  { key: 'sl-3', measureId: 'stocking-loan-subsidy', bureau: 'finance', q: '备货贷款贴息要求企业在哪些产业链？', a: '聚焦重点产业链和产业链核心环节，如集成电路、生物医药、人工智能、高端装备、新能源汽车等，具体产业链清单以申报通知为准。' },
  { key: 'sl-4', measureId: 'stocking-loan-subsidy', bureau: 'nfra-sh', q: '半年期的备货贷款贴息怎么折算？', a: '贴息率为年率，按贷款实际期限折算：例如半年期贷款按年贴息率的一半计算。' },
  { key: 'sl-5', measureId: 'stocking-loan-subsidy', bureau: 'finance', q: '备货贷款贴息什么时候到账？', a: '贴息资金在审核通过后按季度或年度拨付，具体拨付时间以申报通知为准；可在服务包中查看办理进度。' },
  { key: 'mf-1', measureId: 'manufacturing-finance', bureau: 'finance', q: '有没有利息更低的制造业贷款产品？', a: '推动金融机构推出利息更低、额度更高、期限更长的制造业贷款产品，企业可向合作银行咨询，或通过服务包提出融资需求，由市委金融办协调对接。' },
  { key: 'mf-2', measureId: 'manufacturing-finance', bureau: 'csrc-sh', q: '制造业企业怎么发行科技创新债券？', a: '支持制造业企业发行科技创新债券，符合条件的企业可在交易所或银行间市场发行，上海证监局和金融办提供辅导。' },
  { key: 'mf-3', measureId: 'manufacturing-finance', bureau: 'nfra-sh', q: '中小制造企业贷款难，可以找谁？', a: '上海金融监管局推动银行加大对制造业的信贷投放，企业可通过服务包提出融资诉求，由市委金融办主办，银行机构对接。' },
  { key: 'mf-4', measureId: 'manufacturing-finance', bureau: 'finance', q: '科创债发行有费用补贴吗？', a: '对发行科技创新债券的制造业企业，按本市相关规定给予发行费用支持，具体以市委金融办的通知为准。' },
  // (十三) 物流
  { key: 'lg-1', measureId: 'industrial-logistics', bureau: 'transport', q: '大件运输许可办理太慢怎么办？', a: '建立完善“一对一”联络服务机制，优化大件运输许可服务；企业可通过服务包提出诉求，由市交通委会同公安部门协调办理。' },
  { key: 'lg-2', measureId: 'industrial-logistics', bureau: 'emergency', q: '危化品仓储怎么找合规仓库？', a: '方案提出增加专业化物流仓储资源供给，创新危化品仓储监管方式；企业可向市应急局咨询合规的危化品仓储设施。' },
  { key: 'lg-3', measureId: 'industrial-logistics', bureau: 'sheitc', q: '工业物流公共服务平台有什么用？', a: '搭建工业物流公共服务平台，统筹整合公共物流信息、园区仓储设施、运输运力等资源，企业可在平台上查询仓储和运力。' },
  { key: 'lg-4', measureId: 'industrial-logistics', bureau: 'transport', q: '园区货车停车难能解决吗？', a: '方案提出增设零担干线运输集聚点、货车公用停车场和智慧停车管理平台，企业可通过服务包反映具体园区的停车需求。' },
  { key: 'lg-5', measureId: 'industrial-logistics', bureau: 'police', q: '超限货车夜间通行证怎么办？', a: '大件运输和货车通行证由公安交管部门受理，方案要求优化大件运输许可服务，企业可通过“一对一”联络机制加快办理。' },
  // (十四) 降本增效
  { key: 'cr-1', measureId: 'cost-reduction', bureau: 'sheitc', q: '工厂电力增容要等很久，有什么办法？', a: '建立电力接入直联服务机制，全面梳理园区电力新装和增容基础设施能力，加快推动企业内部开关站建设；企业可通过服务包提出诉求。' },
  { key: 'cr-2', measureId: 'cost-reduction', bureau: 'ndrc', q: '电力外线接入工程要企业出钱吗？', a: '方案提出进一步提高电力外线接入工程免费覆盖率，符合范围的外线工程由供电企业投资建设，企业无需承担。' },
  { key: 'cr-3', measureId: 'cost-reduction', bureau: 'ndrc', q: '园区转供电加价怎么投诉？', a: '建立园区转供电常态化检查机制，转供电主体不得违规加价；企业可向市发展改革委或通过服务包反映。' },
  { key: 'cr-4', measureId: 'cost-reduction', bureau: 'comms', q: '园区只能用指定的宽带运营商合法吗？', a: '规范商务楼宇、产业园区网络接入服务，保障用户自主选择宽带服务；遇到限制可向市通信管理局反映。' },
  { key: 'cr-5', measureId: 'cost-reduction', bureau: 'ecology', q: '集成电路企业的固废处置费用太高怎么办？', a: '方案提出推动集成电路固废处置降本增效，市生态环境局推动扩大处置能力和资源化利用，企业可通过服务包反映具体问题。' },
  // (十五) 场景、中试
  { key: 'pp-1', measureId: 'pilot-platforms', bureau: 'sheitc', q: '建设中试平台有资金支持吗？', a: '对研发使用、新布局建设中试平台或者提升中试平台能级给予支持，具体支持方式和金额以申报指南为准。' },
  { key: 'pp-2', measureId: 'pilot-platforms', bureau: 'sheitc', q: '小企业没有中试条件，可以用别人的中试平台吗？', a: '支持企业联合产业链上下游共建共用中试平台，提供应用场景和试验环境；对研发使用中试平台的企业也给予支持。' },
  { key: 'pp-3', measureId: 'pilot-platforms', bureau: 'sheitc', q: '大企业开放应用场景怎么对接？', a: '引导大型企业向中小企业开放应用场景，市经济信息化委定期发布场景需求清单，中小企业可报名对接。' },
  { key: 'pp-4', measureId: 'pilot-platforms', bureau: 'gov-minhang', q: '新产品想找首个应用场景试用，政府能推荐吗？', a: '支持企业新技术、新产品、新业态的产业化应用，可通过场景需求清单对接，首次应用的装备还可申请首台(套)支持。' },
  // (十六) 市场
  { key: 'mk-1', measureId: 'market-expansion', bureau: 'commerce', q: '企业出海开拓国际市场有哪些服务？', a: '依托上海市企业走出去综合服务平台和企业走出去专业服务联盟，提供公共服务和专业支持，帮助企业开拓多元化市场，稳妥有序进行海外布局。' },
  { key: 'mk-2', measureId: 'market-expansion', bureau: 'commerce', q: '电商平台的流量补贴和零佣金怎么申请？', a: '持续推进工业企业互联网营销行动，鼓励平台企业推出流量补贴、零佣金运营、零费用入驻、采销对接等“服务包”，企业可报名参加市商务委组织的活动。' },
  { key: 'mk-3', measureId: 'market-expansion', bureau: 'sheitc', q: '怎么找产业链上下游的客户？', a: '建立产业链上下游对接平台和渠道，构建国家、市级供需网络；企业可报名参加供需对接会，或在服务包中提出对接需求。' },
  { key: 'mk-4', measureId: 'market-expansion', bureau: 'commerce', q: '参加国外展会有补贴吗？', a: '市商务委对企业参加境外展会有相应的国际市场开拓支持，具体以年度境外展会目录和申报通知为准。' },
  // (十七) 企业服务
  { key: 'sv-1', measureId: 'enterprise-services', bureau: 'sheitc', q: '企业服务包是什么，怎么提诉求？', a: '企业“服务包”用于协调解决企业诉求：登录门户后在“我的诉求”中提交，由服务专员派单给主办部门，在规定工作日内答复。' },
  { key: 'sv-2', measureId: 'enterprise-services', bureau: 'sheitc', q: 'AEO认证对制造企业有什么好处？', a: '推动工业领域经认定的经营者(AEO)制度扩围，通过AEO认证的企业在通关等方面享受便利措施，行业协会提供辅导。' },
  { key: 'sv-3', measureId: 'enterprise-services', bureau: 'sheitc', q: '哪里有惠企政策的培训？', a: '发挥行业协会、功能性机构作用开展辅导培训，确保惠企政策应知尽知、直达快享；培训通知会推送到企业的服务包。' },
  { key: 'sv-4', measureId: 'enterprise-services', bureau: 'sheitc', q: '诉求提交后多久能答复？', a: '诉求派单后由主办部门在规定的工作日内签收和答复，复杂诉求可申请延期；进度可在“我的诉求”中查看，超期会自动催办。' },
  { key: 'sv-5', measureId: 'enterprise-services', bureau: 'sheitc', q: '对诉求答复不满意怎么办？', a: '在评价时选择“不满意”并说明原因，诉求会重新办理，由主办部门再次答复。' },
  // general, no single measure
  { key: 'gn-1', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '免申即享的政策需要企业自己申请吗？', a: '免申即享的政策由部门根据已掌握的数据主动匹配企业，符合条件的直接兑现，企业无需申请，只需确认收款信息；其余政策仍需按申报指南申报。' },
  { key: 'gn-2', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '专精特新企业有哪些额外支持？', a: '专精特新中小企业在技术改造、数智转型、融资等方面可优先支持，“小巨人”企业还可享受国家层面的专项资金；具体以各项申报指南为准。' },
  { key: 'gn-3', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '这些政策的有效期到什么时候？', a: '行动方案自2026年1月1日起实施，有效期至2028年12月31日。' },
  { key: 'gn-4', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '同一个项目能同时申请市级和区级补贴吗？', a: '同一项目原则上不得重复享受同类市级和区级支持，除非区级政策明确可以叠加；申报时需如实填报已获支持情况。' },
  { key: 'gn-5', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '规上企业的标准是什么？', a: '规模以上工业企业指年主营业务收入2000万元及以上的工业法人企业，是许多政策的申报条件之一。' },
  { key: 'gn-6', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '怎么查看自己能享受哪些政策？', a: '在门户的“我的服务包”中完善企业画像，系统会按行动方案的措施自动评估企业可能符合的政策并给出金额估算。' },
  { key: 'gn-7', measureId: null, category: 'policy-consulting', bureau: 'finance', q: '政策资金拨付到哪个账户？', a: '资金拨付至企业在申报时登记的对公银行账户，账户名称须与企业名称一致。' },
  { key: 'gn-8', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '申报政策需要提交审计报告吗？', a: '多数资金类政策需要提交上一年度财务审计报告，研发投入类还需专项审计报告，具体以各项申报指南为准。' },
  { key: 'gn-9', measureId: null, category: 'other', bureau: 'sheitc', q: '企业搬迁到外区还能继续享受政策吗？', a: '市级政策不受企业在本市范围内迁址影响；区级政策以迁入区的规定为准，已获区级支持的应按协议约定处理。' },
  { key: 'gn-10', measureId: null, category: 'policy-consulting', bureau: 'sheitc', q: '申报指南一般什么时候发布？', a: '各项专项的申报指南一般在每年上半年发布，发布后会推送到企业服务包，也可在市经济信息化委网站查看。' },
]
