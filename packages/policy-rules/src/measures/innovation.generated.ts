// Generated from innovation.yaml by scripts/render-catalogue.ts: do not edit. Change the YAML, then
// `pnpm --filter @servicepack/policy-rules generate` writes this again; a spec fails while it is stale.
import type { Measure } from '../types.js'

/** 三、实施创新攻关强基行动: clauses (四)–(五). */
export const innovationMeasures: Measure[] = [
  {
    "id": "basic-research",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(四)"
    },
    "name": {
      "zh": "基础研究投入财政补助",
      "en": "Basic-research investment grant"
    },
    "summary": {
      "zh": "基础研究投入≥1亿元/年补助1000万元；5000万元(含)至1亿元(不含)补助500万元；1000万元(含)至5000万元(不含)补助200万元，均为一次性。",
      "en": "One-time grant: basic research ≥ CNY 100M a year → CNY 10M; CNY 50M–100M → CNY 5M; CNY 10M–50M → CNY 2M."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "stcsm",
      "sheitc",
      "sasac",
      "commerce"
    ],
    "districtGovernments": false,
    "appealCategory": "rnd",
    "targets": {
      "zh": "加大基础研究投入的企业",
      "en": "Enterprises investing in basic research"
    },
    "conditions": [
      {
        "kind": "gte",
        "fact": "basicResearchInvestment",
        "value": {
          "param": "minInvestment"
        }
      }
    ],
    "amount": {
      "kind": "tiers",
      "fact": "basicResearchInvestment",
      "tiers": {
        "param": "tiers"
      }
    },
    "params": {
      "minInvestment": [
        {
          "from": "2026-01-01",
          "value": 10000000,
          "reference": "沪府办规〔2025〕20号 (四)"
        }
      ],
      "tiers": [
        {
          "from": "2026-01-01",
          "value": [
            {
              "gte": 100000000,
              "amount": 10000000
            },
            {
              "gte": 50000000,
              "amount": 5000000
            },
            {
              "gte": 10000000,
              "amount": 2000000
            }
          ],
          "reference": "沪府办规〔2025〕20号 (四)"
        }
      ]
    }
  },
  {
    "id": "rd-growth-reward",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(四)"
    },
    "name": {
      "zh": "研发费用连续高增长一次性奖励(细则待出台)",
      "en": "Reward for sustained high R&D growth (rules pending)"
    },
    "summary": {
      "zh": "对研发费用连续高增长企业，研究给予一次性奖励：奖励办法尚在研究制定，“高增长”的标准和奖励金额以出台的细则为准。",
      "en": "A one-time reward for enterprises whose R&D spending grows strongly for consecutive years is being designed: what counts as high growth, and the amount, come with its rules."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "stcsm",
      "sheitc",
      "sasac",
      "commerce"
    ],
    "districtGovernments": false,
    "appealCategory": "rnd",
    "targets": {
      "zh": "研发费用连续高增长企业",
      "en": "Enterprises with sustained high R&D growth"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "rdHighGrowth"
      }
    ],
    "amount": {
      "kind": "announced"
    },
    "params": {}
  },
  {
    "id": "rd-centres-open-innovation",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(四)"
    },
    "name": {
      "zh": "研发中心、开放式创新平台与科研设施共享",
      "en": "R&D centres, open innovation platforms and shared research facilities"
    },
    "summary": {
      "zh": "鼓励企业设立研发中心、全球研发中心和开放式创新平台，开展产品应用研究、高科研究；完善企业参与重大科研攻关需求征集与榜单编制机制；支持企业与高校、科研院所共享科研基础设施。",
      "en": "Enterprises are encouraged to set up R&D centres, global R&D centres and open innovation platforms for applied and high-tech research, to help set the needs and lists of major research programmes, and to share research infrastructure with universities and research institutes."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "stcsm",
      "sheitc",
      "sasac",
      "commerce"
    ],
    "districtGovernments": false,
    "appealCategory": "rnd",
    "targets": {
      "zh": "全市制造业企业(设立研发中心、开放式创新平台，参与重大科研攻关，共享科研基础设施)",
      "en": "All manufacturers (R&D centres, open innovation platforms, major research programmes, shared research infrastructure)"
    },
    "conditions": [],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "core-technology",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(五)"
    },
    "name": {
      "zh": "关键核心技术攻关支持",
      "en": "Support for key core technologies"
    },
    "summary": {
      "zh": "支持企业聚焦激光制造、量子、光子、新型功能材料、新型能源等前沿技术开展基础研究；聚焦集成电路、大飞机、高端装备、仪器仪表、工业软件等重点产业链开展核心技术攻关。",
      "en": "Support for basic research in laser manufacturing, quantum, photonics, functional materials and new energy; and for core-technology work in ICs, large aircraft, high-end equipment, instruments and industrial software."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": false,
    "appealCategory": "core-technology",
    "targets": {
      "zh": "从事激光制造、量子、光子、新型功能材料、新型能源等前沿技术，或集成电路、大飞机、高端装备、仪器仪表、工业软件等重点产业链的企业(不论所属产业)",
      "en": "Firms in laser manufacturing, quantum, photonics, functional materials, new energy, or in the IC, large-aircraft, high-end-equipment, instruments or industrial-software chains (whatever their industry)"
    },
    "conditions": [
      {
        "kind": "anyOf",
        "conditions": [
          {
            "kind": "in",
            "fact": "industry",
            "values": [
              "integrated-circuits",
              "high-end-equipment"
            ]
          },
          {
            "kind": "in",
            "open": true,
            "fact": "technologyField",
            "values": [
              "laser-manufacturing",
              "quantum",
              "photonics",
              "functional-materials",
              "new-energy",
              "integrated-circuits",
              "large-aircraft",
              "high-end-equipment",
              "instruments",
              "industrial-software"
            ]
          }
        ]
      }
    ],
    "amount": {
      "kind": "none"
    },
    "params": {}
  }
]
