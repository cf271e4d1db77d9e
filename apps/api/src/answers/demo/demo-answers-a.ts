import type { DemoAnswer } from './demo-answer.js'

/** Demo Q&A, clauses (一)–(八): written from the plan's text and the measures of packages/policy-rules. */
export const demoAnswersA: DemoAnswer[] = [
  // (一) 首台(套)、首批次
  { key: 'fs-1', measureId: 'first-set-equipment', bureau: 'sheitc', q: '首台(套)重大技术装备的支持比例和上限是多少？', a: '符合首台(套)重大技术装备条件的，按最高不超过产品销售合同金额的30%给予支持，单个项目最高不超过2000万元。具体以当年申报指南为准。' },
  { key: 'fs-2', measureId: 'first-set-equipment', bureau: 'sheitc', q: '首台套认定需要准备哪些申报材料？', a: '一般需要提供产品销售合同、发票及付款凭证、产品技术水平说明、第三方检测或用户使用报告，以及企业近两年的财务审计报告。材料通过“一网通办”提交，市经济信息化委组织评审。' },
  { key: 'fs-3', measureId: 'first-set-equipment', bureau: 'sheitc', q: '首台套支持是按合同金额还是按开票金额计算？', a: '以产品销售合同金额为计算基数，同时需已开具发票并实际履行。合同金额中含的安装、运维等服务费用不计入基数。' },
  { key: 'fs-4', measureId: 'first-set-equipment', bureau: 'sheitc', q: '首批次新材料和首台套能否同时申请？', a: '同一产品不能同时按首台(套)和首批次重复申请；企业不同产品可以分别申报。首批次新材料同样按销售合同金额的比例给予支持，上限与首台(套)一致。' },
  { key: 'fs-5', measureId: 'first-set-equipment', bureau: 'gov-pudong', q: '销往外省市用户的首台套装备是否也能获得支持？', a: '可以。政策看的是本市企业研制的装备首次实现销售，用户在外省市的同样适用，需提供用户验收证明。' },
  { key: 'fs-6', measureId: 'first-set-equipment', bureau: 'sheitc', q: '首台套产品合同签了两年了还能申报吗？', a: '一般要求合同在申报年度前一定期限内签订并已履行，具体时间范围以当年申报通知为准；超出期限的合同不再受理，建议关注每年的申报通知。' },
  { key: 'fs-7', measureId: 'first-set-insurance', bureau: 'finance', q: '首台套保险是什么，保费有补贴吗？', a: '首台(套)、首批次定制化保险由保险机构围绕首台(套)重大技术装备、首批次新材料提供，覆盖质量风险和责任风险。保费补贴按国家和本市相关规定执行，可向承保机构咨询投保方案。' },
  { key: 'fs-8', measureId: 'first-set-insurance', bureau: 'nfra-sh', q: '哪些保险公司提供首台(套)定制化保险？', a: '上海金融监管局引导辖内财产保险公司开展首台(套)、首批次保险业务，企业可直接联系已开办该业务的保险公司，也可通过企业服务包提出诉求，由金融办协调对接。' },
  // (一) 传统产业
  { key: 'tr-1', measureId: 'traditional-industries-upgrade', bureau: 'sheitc', q: '石化企业“去油增化”转型有哪些支持？', a: '对石化企业“去油增化”、布局新型功能材料的项目，可按技术改造政策申请贷款贴息或融资租赁费用支持，并可申请节能降碳改造奖励。' },
  { key: 'tr-2', measureId: 'traditional-industries-upgrade', bureau: 'sheitc', q: '食品化妆品企业做国货潮品有什么政策？', a: '鼓励化妆品、食品等轻工企业以生态设计引领新消费，多出国货潮品；企业可参加市商务委和市经济信息化委组织的供需对接和互联网营销活动。' },
  { key: 'tr-3', measureId: 'traditional-industries-upgrade', bureau: 'gov-baoshan', q: '钢铁企业做特种精品钢可以申请什么支持？', a: '钢铁、有色金属企业做强特种精品钢、做大轻合金的技术改造项目，可按技术改造项目申报，获得固定资产投资贷款贴息或融资租赁费用支持。' },
  { key: 'tr-4', measureId: 'traditional-industries-upgrade', bureau: 'sheitc', q: '传统优势产业优化提升由哪个部门负责？', a: '由市经济信息化委会同各区政府负责，企业可通过服务包向市经济信息化委提出诉求，所在区政府协办。' },
  // (二) 先导产业
  { key: 'li-1', measureId: 'leading-industries', bureau: 'sheitc', q: '集成电路企业做光刻胶材料有专项支持吗？', a: '支持集成电路企业瞄准装备、先进工艺、光刻胶材料、3D封装实现全产业链突破，相关项目可申请先导产业专项和关键核心技术攻关支持。' },
  { key: 'li-2', measureId: 'leading-industries', bureau: 'stcsm', q: '创新药企业有哪些研发支持？', a: '聚焦创新药物及高端制剂、高端医疗器械、合成生物、细胞与基因治疗等领域，支持企业发展壮大；研发投入较大的可同时申请基础研究投入财政补助。' },
  { key: 'li-3', measureId: 'leading-industries', bureau: 'sheitc', q: '智算芯片企业能获得什么政策支持？', a: '行动方案提出深化全栈创新，推动高性能智算芯片加快发展。相关企业可通过先导产业专项申报，并可申请首台(套)、首批次和研发投入支持。' },
  { key: 'li-4', measureId: 'leading-industries', bureau: 'stcsm', q: '细胞与基因治疗企业申报专项找哪个部门？', a: '先导产业由市经济信息化委、市科委共同负责，生物医药领域的研发项目可向市科委申报，产业化项目向市经济信息化委申报。' },
  { key: 'li-5', measureId: 'leading-industries', bureau: 'sheitc', q: '3D封装项目属于集成电路支持范围吗？', a: '属于。方案明确支持集成电路企业瞄准3D封装等环节实现全产业链突破，封装测试企业的相关项目可以申报。' },
  // (三) 重点和新兴产业
  { key: 'ke-1', measureId: 'key-emerging-industries', bureau: 'sheitc', q: '低空经济eVTOL企业有政策支持吗？', a: '方案积极引导企业投资布局低空经济等新兴领域，加速电动垂直起降飞行器(eVTOL)等创新产品突破产业规模化发展瓶颈，可申请场景开放和中试平台支持。' },
  { key: 'ke-2', measureId: 'key-emerging-industries', bureau: 'sheitc', q: '人形机器人企业可以申请哪些支持？', a: '具身智能、人形机器人属于方案支持的新兴领域，企业可申请首台(套)、中试平台、应用场景开放等支持，并可参加供需对接活动。' },
  { key: 'ke-3', measureId: 'key-emerging-industries', bureau: 'gov-jiading', q: '智能网联新能源汽车零部件企业有什么扶持？', a: '支持智能网联新能源汽车产业发展先进制造，零部件企业的技术改造项目可申请贷款贴息，备货关键零部件的贷款可申请备货贷款贴息。' },
  { key: 'ke-4', measureId: 'key-emerging-industries', bureau: 'sheitc', q: '商业航天商业火箭企业的政策在哪里看？', a: '商业航天属于方案列明的新兴领域，具体支持以市经济信息化委发布的专项申报指南为准，可在政策问答和企业服务包中查看相关措施。' },
  { key: 'ke-5', measureId: 'key-emerging-industries', bureau: 'sheitc', q: '时尚消费品企业能享受先进制造政策吗？', a: '可以。方案将时尚消费品产业列入重点发展产业，支持企业发展先进制造，技术改造、数智转型等政策均适用。' },
  // (四) 研发
  { key: 'br-1', measureId: 'basic-research', bureau: 'stcsm', q: '基础研究投入补助的档次是怎么划分的？', a: '基础研究投入达到或超过1亿元/年的，一次性补助1000万元；5000万元(含)至1亿元(不含)的补助500万元；1000万元(含)至5000万元(不含)的补助200万元。' },
  { key: 'br-2', measureId: 'basic-research', bureau: 'stcsm', q: '基础研究投入怎么认定，研发费用都算吗？', a: '基础研究投入指企业用于基础研究活动的支出，不等于全部研发费用；需按统计口径单独归集，并提供专项审计报告。应用研究和试验发展支出不计入。' },
  { key: 'br-3', measureId: 'basic-research', bureau: 'stcsm', q: '基础研究补助是每年都能拿吗？', a: '该补助为一次性财政补助，同一企业按达到的档次申请一次；达到更高档次的，以相应档次为准，具体以申报指南为准。' },
  { key: 'br-4', measureId: 'basic-research', bureau: 'sheitc', q: '国有企业基础研究投入能申请1000万元补助吗？', a: '可以。国有企业同样适用，市国资委对国有企业基础研究投入另有考核支持政策，两者可按规定衔接。' },
  { key: 'br-5', measureId: 'basic-research', bureau: 'stcsm', q: '投入了3000万元做基础研究能补多少？', a: '1000万元(含)至5000万元(不含)/年的档次，给予一次性财政补助200万元。' },
  { key: 'rg-1', measureId: 'rd-growth-reward', bureau: 'stcsm', q: '研发费用连续高增长奖励什么时候出细则？', a: '对研发费用连续高增长企业给予一次性奖励，目前奖励办法尚在研究制定中，“高增长”的标准和奖励金额以出台的细则为准，出台后将在服务包中推送。' },
  { key: 'rg-2', measureId: 'rd-growth-reward', bureau: 'stcsm', q: '研发费用高增长奖励现在能申报吗？', a: '暂不能申报。细则出台前无法受理，建议企业先规范研发费用归集，细则发布后按要求申报。' },
  { key: 'rc-1', measureId: 'rd-centres-open-innovation', bureau: 'stcsm', q: '企业设立研发中心有补贴吗？', a: '方案鼓励企业设立研发中心、全球研发中心和开放式创新平台；具体资助以市科委、市商务委的认定办法为准，外资研发中心可向市商务委申请认定。' },
  { key: 'rc-2', measureId: 'rd-centres-open-innovation', bureau: 'commerce', q: '外资企业的全球研发中心怎么认定？', a: '外资研发中心、全球研发中心的认定由市商务委受理，需满足研发投入、研发人员规模等条件，认定后可享受相关便利措施。' },
  { key: 'rc-3', measureId: 'rd-centres-open-innovation', bureau: 'stcsm', q: '企业怎么使用高校的大型科研仪器？', a: '支持企业与高校、科研院所共享科研基础设施，可通过上海研发公共服务平台查询和预约大型科学仪器设施，部分服务有共享补贴。' },
  { key: 'rc-4', measureId: 'rd-centres-open-innovation', bureau: 'sasac', q: '企业怎么参与重大科研攻关的榜单编制？', a: '方案提出完善企业参与重大科研攻关需求征集与榜单编制机制，企业可在需求征集期间通过市科委渠道提交技术需求。' },
  // (五) 关键核心技术
  { key: 'ct-1', measureId: 'core-technology', bureau: 'sheitc', q: '工业软件攻关项目怎么申报？', a: '聚焦集成电路、大飞机、高端装备、仪器仪表、工业软件等重点产业链，支持企业开展核心技术和重点技术攻关，项目按市经济信息化委发布的攻关项目指南申报。' },
  { key: 'ct-2', measureId: 'core-technology', bureau: 'sheitc', q: '量子和光子技术企业能申请核心技术攻关吗？', a: '可以。方案支持企业聚焦激光制造、量子、光子、新型功能材料、新型能源等前沿技术开展基础研究和技术攻关。' },
  { key: 'ct-3', measureId: 'core-technology', bureau: 'sheitc', q: '仪器仪表企业做国产替代有什么支持？', a: '仪器仪表属于重点产业链，企业开展核心技术攻关可申报关键核心技术攻关项目，首次销售的装备还可申请首台(套)支持。' },
  // (六) 技术改造
  { key: 'tk-1', measureId: 'tech-renovation', bureau: 'sheitc', q: '技术改造项目贷款贴息最高能拿多少？', a: '对技术改造项目固定资产投资贷款产生的利息或者设备融资租赁费用给予支持，累计支持最高不超过2000万元。' },
  { key: 'tk-2', measureId: 'tech-renovation', bureau: 'sheitc', q: '技改项目用融资租赁买设备，租赁费用能补吗？', a: '可以。设备融资租赁费用与贷款利息同样在支持范围内，与贷款贴息合并计算，累计最高不超过2000万元。' },
  { key: 'tk-3', measureId: 'tech-renovation', bureau: 'sheitc', q: '技术改造贴息按什么利率计算？', a: '按企业实际支付的固定资产投资贷款利息给予支持，需提供借款合同、付息凭证和项目投资明细，具体贴息比例以申报指南为准。' },
  { key: 'tk-4', measureId: 'tech-renovation', bureau: 'ecology', q: '技术改造项目需要做环评吗？', a: '涉及新增污染物排放或改变生产工艺的技改项目，应按规定办理环境影响评价手续，环评审批通过是申报支持的前提条件之一。' },
  { key: 'tk-5', measureId: 'tech-renovation', bureau: 'sheitc', q: '技改支持要求项目投资额多少以上？', a: '技术改造项目一般对固定资产投资额有门槛要求，具体金额以当年度技术改造专项申报指南为准；生产、研发、设计、服务、品牌全流程改造升级均可申报。' },
  { key: 'cp-1', measureId: 'chemical-projects', bureau: 'ecology', q: '化工园区外的老化工厂还能做项目建设吗？', a: '支持化工园区外存量化工企业在符合规划及生态环境分区管控要求、不新增供地、不增加环境风险水平的情况下开展项目建设。' },
  { key: 'cp-2', measureId: 'chemical-projects', bureau: 'sheitc', q: '园区外化工企业扩建需要什么条件？', a: '须同时满足：符合规划和生态环境分区管控要求、不新增供地、不增加环境风险水平；项目由市经济信息化委、市生态环境局会同属地区政府审核。' },
  { key: 're-1', measureId: 'retained-earnings-reinvestment', bureau: 'sheitc', q: '用未分配利润扩大生产有什么鼓励政策？', a: '方案支持企业用未分配利润扩大生产和开展技术改造；相关投资项目可按技术改造政策申请支持。' },
  // (七) 数智转型
  { key: 'dt-1', measureId: 'digital-transformation', bureau: 'sheitc', q: '企业应用大模型做工业智能体有补贴吗？', a: '开展“AI+制造”赋能行动，支持企业应用人工智能大模型，打造行业模型和工业智能体；相关项目可申报数智转型专项，具体以申报指南为准。' },
  { key: 'dt-2', measureId: 'digital-transformation', bureau: 'sheitc', q: '智能工厂领航计划怎么参加？', a: '实施新一轮智能工厂领航计划，企业可在市经济信息化委组织的智能工厂评定中申报，评定为领航级、标杆级的智能工厂可获得相应支持。' },
  { key: 'dt-3', measureId: 'digital-transformation', bureau: 'sheitc', q: '购买国产工业软件有补贴吗？', a: '支持企业在研发设计、物理仿真、生产控制等关键环节应用自主基础软件和工业软件，相关应用项目可申报数智转型支持。' },
  { key: 'dt-4', measureId: 'digital-transformation', bureau: 'gov-songjiang', q: '中小企业数字化改造找谁帮忙？', a: '可通过区经济主管部门对接数字化转型服务商，方案提出培育前沿部署工程师(FDE)队伍帮助企业落地应用；也可通过服务包提出诉求。' },
  { key: 'dt-5', measureId: 'digital-transformation', bureau: 'sheitc', q: '机器人密度目标是多少？', a: '方案提出到2028年推动大型企业实现智能工厂全覆盖，机器人密度提高到600台/万人，智能制造装备数字化水平达到70%以上。' },
  // (八) 绿色
  { key: 'es-1', measureId: 'energy-saving', bureau: 'sheitc', q: '节能改造奖励怎么算，每吨标煤给多少？', a: '支持企业开展能源低碳、生产节能工艺升级和设备改造，按照1000—2000元/吨标煤给予奖励，最高不超过1000万元。' },
  { key: 'es-2', measureId: 'energy-saving', bureau: 'sheitc', q: '节能量需要第三方审核吗？', a: '需要。节能降碳改造项目完成后由第三方机构出具节能量审核报告，按审核确认的节能量计算奖励。' },
  { key: 'es-3', measureId: 'energy-saving', bureau: 'sheitc', q: '光伏和余热回收项目属于节能改造奖励范围吗？', a: '属于能源低碳、生产节能工艺升级和设备改造的，可按节能量申请奖励；仅新增光伏装机的按可再生能源相关政策执行。' },
  { key: 'gf-1', measureId: 'green-factory', bureau: 'sheitc', q: '评上国家级绿色工厂有奖励吗？', a: '首次评为国家级绿色工厂的，给予20万元一次性奖励。' },
  { key: 'gf-2', measureId: 'green-factory', bureau: 'sheitc', q: '绿色工厂奖励要自己申请吗？', a: '国家级绿色工厂名单公布后，对首次入选的本市企业按名单兑现20万元一次性奖励，企业按通知确认收款信息即可。' },
  { key: 'gf-3', measureId: 'green-factory', bureau: 'sheitc', q: '市级绿色工厂能拿20万元奖励吗？', a: '20万元一次性奖励针对首次评为国家级绿色工厂的企业，市级绿色工厂不在此项奖励范围内。' },
  { key: 'ce-1', measureId: 'carbon-footprint-esg', bureau: 'sheitc', q: '产品碳足迹核算有补贴吗？', a: '方案围绕产品碳足迹管理，引导企业开发绿色低碳产品；碳足迹核算和认证服务的支持以相关专项通知为准，可通过服务包咨询。' },
  { key: 'ce-2', measureId: 'carbon-footprint-esg', bureau: 'sheitc', q: '制造业企业怎么做ESG评级？', a: '方案引导企业开展环境、社会、治理(ESG)评价和评级，行业协会和功能性机构将开展辅导培训，企业可报名参加。' },
]
