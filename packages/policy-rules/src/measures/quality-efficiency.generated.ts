// Generated from quality-efficiency.yaml by scripts/render-catalogue.ts: do not edit. Change the YAML, then
// `pnpm --filter @servicepack/policy-rules generate` writes this again; a spec fails while it is stale.
import type { Measure } from '../types.js'

/** 四、实施能级质效跃升行动: clauses (六)–(八). */
export const qualityEfficiencyMeasures: Measure[] = [
  {
    "id": "tech-renovation",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(六)"
    },
    "name": {
      "zh": "技术改造贷款贴息和融资租赁费用支持",
      "en": "Technical-renovation loan interest and finance-lease support"
    },
    "summary": {
      "zh": "对技术改造项目固定资产投资贷款产生的利息或者设备融资租赁费用给予支持，累计最高不超过2000万元。",
      "en": "Support for interest on technical-renovation fixed-asset loans or equipment finance-lease fees, cumulative at most CNY 20M."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "ecology"
    ],
    "districtGovernments": false,
    "appealCategory": "tech-renovation",
    "targets": {
      "zh": "开展生产、研发、设计、服务、品牌全流程改造升级的企业",
      "en": "Enterprises upgrading production, R&D, design, services and brand"
    },
    "conditions": [
      {
        "kind": "gt",
        "fact": "techRenovationFinancingCost",
        "value": 0
      }
    ],
    "amount": {
      "kind": "upToFact",
      "fact": "techRenovationFinancingCost",
      "cap": {
        "param": "cap"
      }
    },
    "notes": [
      {
        "zh": "“累计支持最高不超过2000万元”是累计上限：本条已获得的支持计入这2000万元，本测算未扣除已获得的支持",
        "en": "\"Cumulative support at most CNY 20M\" is a cumulative cap: support already received under this clause counts towards it, and this estimate does not deduct it"
      }
    ],
    "params": {
      "cap": [
        {
          "from": "2026-01-01",
          "value": 20000000,
          "reference": "沪府办规〔2025〕20号 (六)"
        }
      ]
    }
  },
  {
    "id": "chemical-projects",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(六)"
    },
    "name": {
      "zh": "化工园区外存量化工企业项目建设",
      "en": "Projects of existing chemical plants outside chemical parks"
    },
    "summary": {
      "zh": "支持化工园区外存量化工企业在符合规划及生态环境分区管控要求、不新增供地、不增加环境风险水平的情况下，开展项目建设。",
      "en": "Existing chemical plants outside chemical parks may build projects that fit the plans and the environmental zoning controls, use no new land and add no environmental risk."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "ecology"
    ],
    "districtGovernments": false,
    "appealCategory": "tech-renovation",
    "targets": {
      "zh": "化工园区外的存量化工企业(项目符合规划及生态环境分区管控要求、不新增供地、不增加环境风险水平)",
      "en": "Existing chemical plants outside chemical parks (the project fits the plans and environmental zoning, uses no new land, adds no environmental risk)"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "chemicalProducer"
      },
      {
        "kind": "isTrue",
        "fact": "outsideChemicalPark"
      },
      {
        "kind": "isTrue",
        "fact": "existingChemicalPlant"
      },
      {
        "kind": "isTrue",
        "fact": "chemicalProjectFitsZoning"
      },
      {
        "kind": "isTrue",
        "fact": "chemicalProjectNoNewLand"
      },
      {
        "kind": "isTrue",
        "fact": "chemicalProjectNoAddedRisk"
      }
    ],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "retained-earnings-reinvestment",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(六)"
    },
    "name": {
      "zh": "用未分配利润扩大生产和开展技术改造",
      "en": "Retained earnings for expansion and technical renovation"
    },
    "summary": {
      "zh": "支持企业用未分配利润扩大生产和开展技术改造。",
      "en": "Enterprises are supported in using retained earnings to expand production and carry out technical renovation."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "ecology"
    ],
    "districtGovernments": false,
    "appealCategory": "tech-renovation",
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
    "id": "digital-transformation",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(七)"
    },
    "name": {
      "zh": "数智转型(AI+制造、智能工厂)",
      "en": "Digital and intelligent transformation (AI + manufacturing, smart factories)"
    },
    "summary": {
      "zh": "开展“AI+制造”赋能行动，支持企业应用大模型、行业模型和工业智能体，应用自主基础软件和工业软件；实施新一轮智能工厂领航计划。",
      "en": "\"AI + manufacturing\": support for using large models, industry models and industrial agents, domestic base and industrial software; a new smart-factory pilot programme."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": true,
    "appealCategory": "digital",
    "targets": {
      "zh": "全市制造业企业(大型企业率先实现数智化和智能工厂全覆盖)",
      "en": "All manufacturers (large enterprises first)"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "carbon-footprint-esg",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(八)"
    },
    "name": {
      "zh": "产品碳足迹管理与ESG评价",
      "en": "Product carbon footprints and ESG ratings"
    },
    "summary": {
      "zh": "围绕产品碳足迹管理，引导企业开发绿色低碳产品，开展环境、社会、治理(ESG)评价和评级。",
      "en": "Around product carbon-footprint management, enterprises are guided to develop green low-carbon products and to take environmental, social and governance (ESG) evaluations and ratings."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "energy-saving",
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
    "id": "energy-saving",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(八)"
    },
    "name": {
      "zh": "节能降碳改造奖励",
      "en": "Energy-saving upgrade reward"
    },
    "summary": {
      "zh": "支持能源低碳、生产节能工艺升级和设备改造，按1000—2000元/吨标煤给予奖励，最高不超过1000万元。",
      "en": "Energy-saving process and equipment upgrades earn CNY 1,000–2,000 per tonne of standard coal saved, at most CNY 10M."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "energy-saving",
    "targets": {
      "zh": "开展能源低碳、节能工艺升级和设备改造的企业",
      "en": "Enterprises upgrading for energy saving and low carbon"
    },
    "conditions": [
      {
        "kind": "gt",
        "fact": "energySavedTce",
        "value": 0
      }
    ],
    "amount": {
      "kind": "perUnitRange",
      "fact": "energySavedTce",
      "minPerUnit": {
        "param": "minPerTonne"
      },
      "maxPerUnit": {
        "param": "maxPerTonne"
      },
      "cap": {
        "param": "cap"
      }
    },
    "params": {
      "minPerTonne": [
        {
          "from": "2026-01-01",
          "value": 1000,
          "reference": "沪府办规〔2025〕20号 (八)"
        }
      ],
      "maxPerTonne": [
        {
          "from": "2026-01-01",
          "value": 2000,
          "reference": "沪府办规〔2025〕20号 (八)"
        }
      ],
      "cap": [
        {
          "from": "2026-01-01",
          "value": 10000000,
          "reference": "沪府办规〔2025〕20号 (八)"
        }
      ]
    }
  },
  {
    "id": "green-factory",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(八)"
    },
    "name": {
      "zh": "国家级绿色工厂一次性奖励",
      "en": "National green factory reward"
    },
    "summary": {
      "zh": "首次评为国家级绿色工厂的，给予20万元一次性奖励。",
      "en": "A one-time reward of CNY 200,000 for a first rating as national-level green factory."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "energy-saving",
    "targets": {
      "zh": "首次评为国家级绿色工厂的企业",
      "en": "Enterprises first rated national green factory"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "firstNationalGreenFactory"
      },
      {
        "kind": "in",
        "fact": "greenFactoryFirstRatedYear",
        "values": [
          "2026",
          "2027",
          "2028"
        ]
      }
    ],
    "amount": {
      "kind": "fixed",
      "amount": {
        "param": "amount"
      }
    },
    "params": {
      "amount": [
        {
          "from": "2026-01-01",
          "value": 200000,
          "reference": "沪府办规〔2025〕20号 (八)"
        }
      ]
    }
  }
]
