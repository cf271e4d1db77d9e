// Generated from resources.yaml by scripts/render-catalogue.ts: do not edit. Change the YAML, then
// `pnpm --filter @servicepack/policy-rules generate` writes this again; a spec fails while it is stale.
import type { Measure } from '../types.js'

/** 五、实施资源要素支撑行动: clauses (九)–(十七). */
export const resourceMeasures: Measure[] = [
  {
    "id": "talent-introduction",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(九)"
    },
    "name": {
      "zh": "高精尖紧缺人才引育与落户保障",
      "en": "Recruiting scarce high-end talent, with residence permits"
    },
    "summary": {
      "zh": "支持重点领域企业引育高精尖紧缺人才，优先推荐申报国家和本市人才计划；将符合条件的企业纳入人才引进重点机构，提供落户保障。",
      "en": "Key-field enterprises get priority nominations to national and city talent programmes; qualifying enterprises become key talent-recruiting institutions with residence (hukou) support."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "talent"
    ],
    "districtGovernments": false,
    "appealCategory": "talent",
    "targets": {
      "zh": "重点领域企业",
      "en": "Enterprises in key fields"
    },
    "conditions": [
      {
        "kind": "in",
        "open": true,
        "fact": "industry",
        "values": [
          "integrated-circuits",
          "biomedicine",
          "artificial-intelligence",
          "intelligent-connected-vehicles",
          "high-end-equipment",
          "advanced-materials",
          "green-low-carbon",
          "fashion-consumer",
          "low-altitude",
          "commercial-space",
          "embodied-ai",
          "bio-manufacturing",
          "smart-terminals"
        ]
      }
    ],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "talent-award",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(九)"
    },
    "name": {
      "zh": "重点产业领域人才专项奖励(奖励给入选人才)",
      "en": "Key-industry talent award (for the selected people)"
    },
    "summary": {
      "zh": "鼓励企业支持相关人才申报重点产业领域人才专项奖励，每人最高奖励不超过30万元。奖励授予入选的人才本人，不是企业的资金。",
      "en": "Enterprises are encouraged to support people in applying for the key-industry talent award, at most CNY 300,000 per person. The award goes to each selected person; it is not the enterprise's money."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "talent"
    ],
    "districtGovernments": false,
    "appealCategory": "talent",
    "targets": {
      "zh": "企业支持申报的重点产业领域人才(奖励归人才本人)",
      "en": "Key-industry talent the enterprise supports in applying (the award is theirs)"
    },
    "conditions": [
      {
        "kind": "in",
        "open": true,
        "fact": "industry",
        "values": [
          "integrated-circuits",
          "biomedicine",
          "artificial-intelligence",
          "intelligent-connected-vehicles",
          "high-end-equipment",
          "advanced-materials",
          "green-low-carbon",
          "fashion-consumer",
          "low-altitude",
          "commercial-space",
          "embodied-ai",
          "bio-manufacturing",
          "smart-terminals"
        ]
      },
      {
        "kind": "gte",
        "fact": "talentAwardNominees",
        "value": 1
      }
    ],
    "amount": {
      "kind": "perPerson",
      "max": {
        "param": "maxPerPerson"
      }
    },
    "notes": [
      {
        "zh": "申报不等于入选：是否入选、奖励多少以评审结果为准",
        "en": "Applying is not being selected: selection and the award are decided by the review"
      }
    ],
    "params": {
      "maxPerPerson": [
        {
          "from": "2026-01-01",
          "value": 300000,
          "reference": "沪府办规〔2025〕20号 (九)"
        }
      ]
    }
  },
  {
    "id": "labour-support",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十)"
    },
    "name": {
      "zh": "用工保障",
      "en": "Labour supply support"
    },
    "summary": {
      "zh": "建立紧缺人才、紧缺工种目录，加强市内外劳务协作，缓解阶段性用工矛盾；建立重点产业特殊工种人才库；鼓励建设高技能人才培养基地。",
      "en": "Lists of scarce skills and trades, inter-city labour cooperation for peak needs, a pool of special-trade workers for key industries, and high-skill training bases."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "hrss",
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "labour",
    "targets": {
      "zh": "全市制造业企业",
      "en": "All manufacturers"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "industrial-land",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十一)"
    },
    "name": {
      "zh": "产业空间供给",
      "en": "Industrial land and space"
    },
    "summary": {
      "zh": "局部优化调整规划产业区块，将区块外规划未保留的企业用地有序划入；妥善解决到期工业用地续期；支持按需确定工业厂房容积率。",
      "en": "Industrial zones are adjusted to take in enterprise land left outside them; expiring industrial land leases are renewed; plot ratios of factories can be set as needed."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "planning",
      "sheitc"
    ],
    "districtGovernments": true,
    "appealCategory": "land",
    "targets": {
      "zh": "全市制造业企业",
      "en": "All manufacturers"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "manufacturing-finance",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十二)"
    },
    "name": {
      "zh": "制造业贷款产品和科技创新债券",
      "en": "Manufacturing loans and sci-tech innovation bonds"
    },
    "summary": {
      "zh": "推动金融机构推出利息更低、额度更高、期限更长的制造业贷款产品；支持制造业企业发行科技创新债券。",
      "en": "Banks are encouraged to offer cheaper, larger and longer manufacturing loans; manufacturers may issue sci-tech innovation bonds."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "finance",
      "nfra-sh",
      "csrc-sh",
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "financing",
    "targets": {
      "zh": "重点产业链和产业链核心环节的制造业企业",
      "en": "Manufacturers in key industrial chains"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "stocking-loan-subsidy",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十二)"
    },
    "name": {
      "zh": "备货贷款贴息",
      "en": "Stocking-loan interest subsidy"
    },
    "summary": {
      "zh": "聚焦重点产业链和产业链核心环节，对企业备货关键零部件及原材料的贷款，给予0.8%—1.3%的贴息支持(贴息率为年率，按贷款期限折算)。",
      "en": "Focused on key industrial chains and their core links: loans to stock key components and raw materials get an interest subsidy of 0.8%–1.3% a year, for the term of the loan."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "finance",
      "nfra-sh",
      "csrc-sh",
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "financing",
    "targets": {
      "zh": "重点产业链和产业链核心环节企业的备货贷款",
      "en": "Stocking loans of enterprises in key industrial chains"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "keyIndustrialChain"
      },
      {
        "kind": "gt",
        "fact": "stockingLoanAmount",
        "value": 0
      }
    ],
    "amount": {
      "kind": "interestSubsidy",
      "fact": "stockingLoanAmount",
      "termMonthsFact": "stockingLoanTermMonths",
      "startMonthFact": "stockingLoanStart",
      "minBps": {
        "param": "minBps"
      },
      "maxBps": {
        "param": "maxBps"
      }
    },
    "notes": [
      {
        "zh": "贴息只计贷款在方案有效期内(至2028年12月31日)、自评估日或贷款起始日(取较晚者)起的月份",
        "en": "Only the months of the loan inside the plan period (to 2028-12-31), from the evaluation date or the loan start, whichever is later, count"
      }
    ],
    "params": {
      "minBps": [
        {
          "from": "2026-01-01",
          "value": 80,
          "reference": "沪府办规〔2025〕20号 (十二)"
        }
      ],
      "maxBps": [
        {
          "from": "2026-01-01",
          "value": 130,
          "reference": "沪府办规〔2025〕20号 (十二)"
        }
      ]
    }
  },
  {
    "id": "first-set-insurance",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十二)"
    },
    "name": {
      "zh": "首台(套)、首批次定制化保险",
      "en": "Tailored insurance for first-set equipment and first-batch materials"
    },
    "summary": {
      "zh": "引导保险机构围绕首台(套)重大技术装备、首批次新材料提供定制化保险服务。",
      "en": "Insurers are guided to offer tailored cover for first-set major equipment and first-batch new materials."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "finance",
      "nfra-sh",
      "csrc-sh",
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "financing",
    "targets": {
      "zh": "首台(套)重大技术装备、首批次新材料",
      "en": "First-set major equipment, first-batch new materials"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "firstSetCertified"
      }
    ],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "industrial-logistics",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十三)"
    },
    "name": {
      "zh": "工业物流配套支撑",
      "en": "Industrial logistics support"
    },
    "summary": {
      "zh": "建设工业物流仓储设施和工业物流公共服务平台；完善临港、金山、化工区及远郊制造业集聚区交通基础设施；创新危化品仓储监管；“一对一”联络、优化大件运输许可。",
      "en": "Industrial warehousing and a public logistics platform; better transport links for Lingang, Jinshan, the Chemical Industry Park and outer clusters; new supervision of hazardous-goods storage; one-to-one liaison and faster oversized-cargo permits."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "planning",
      "transport",
      "emergency",
      "police"
    ],
    "districtGovernments": false,
    "appealCategory": "logistics",
    "targets": {
      "zh": "全市制造业企业(临港、金山、化工区及远郊制造业集聚区域)",
      "en": "All manufacturers (Lingang, Jinshan, Chemical Industry Park, outer clusters)"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "cost-reduction",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十四)"
    },
    "name": {
      "zh": "降本增效(电力接入、网络接入、集成电路固废处置)",
      "en": "Lower costs: power and network access, IC solid waste"
    },
    "summary": {
      "zh": "提高电力外线接入工程免费覆盖率，建立电力接入直联服务和转供电检查机制；保障用户自主选择宽带服务；推动集成电路固废处置降本增效。",
      "en": "Wider free grid connection, a direct power-connection service and checks on resold power; free choice of broadband; cheaper disposal of IC solid waste."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "ndrc",
      "ecology",
      "comms"
    ],
    "districtGovernments": false,
    "appealCategory": "energy-network",
    "targets": {
      "zh": "全市制造业企业(集成电路固废处置)",
      "en": "All manufacturers (IC solid-waste disposal)"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "pilot-platforms",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十五)"
    },
    "name": {
      "zh": "场景培育与中试平台支持",
      "en": "Application scenarios and pilot platforms"
    },
    "summary": {
      "zh": "支持新技术、新产品、新业态产业化应用；引导大型企业开放应用场景；对研发使用、新布局建设中试平台或提升中试平台能级给予支持。",
      "en": "Support for commercialising new technologies and products, for large firms opening scenarios to SMEs, and for using, building or upgrading pilot-scale platforms."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": true,
    "appealCategory": "scenarios",
    "targets": {
      "zh": "研发使用、新布局建设中试平台或者提升中试平台能级的企业",
      "en": "Enterprises using, building or upgrading pilot platforms"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "pilotPlatform"
      }
    ],
    "amount": {
      "kind": "caseByCase"
    },
    "params": {}
  },
  {
    "id": "market-expansion",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十六)"
    },
    "name": {
      "zh": "开拓国内国际市场",
      "en": "Domestic and overseas market expansion"
    },
    "summary": {
      "zh": "建立产业链上下游对接平台；推进工业企业互联网营销行动，平台企业推出流量补贴、零佣金等“服务包”；依托企业走出去综合服务平台帮助企业开拓多元化市场。",
      "en": "Supply-chain matchmaking, online marketing with platform subsidies and zero commission, and the going-global service platform for diversified markets."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "commerce",
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "market",
    "targets": {
      "zh": "全市制造业企业",
      "en": "All manufacturers"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "enterprise-services",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(十七)"
    },
    "name": {
      "zh": "企业“服务包”与辅导培训",
      "en": "Enterprise service package and training"
    },
    "summary": {
      "zh": "发挥企业“服务包”作用，协调解决企业诉求；行业协会、功能性机构开展辅导培训，确保惠企政策应知尽知、直达快享；推动工业领域AEO制度扩围。",
      "en": "The enterprise service package resolves appeals; associations train enterprises so that support is known and reached fast; the AEO scheme is extended in industry."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "policy-consulting",
    "targets": {
      "zh": "全市制造业企业",
      "en": "All manufacturers"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  }
]
