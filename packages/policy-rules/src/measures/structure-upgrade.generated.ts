// Generated from structure-upgrade.yaml by scripts/render-catalogue.ts: do not edit. Change the YAML, then
// `pnpm --filter @servicepack/policy-rules generate` writes this again; a spec fails while it is stale.
import type { Measure } from '../types.js'

/** 二、实施结构调优升级行动: clauses (一)–(三). */
export const structureUpgradeMeasures: Measure[] = [
  {
    "id": "traditional-industries-upgrade",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(一)"
    },
    "name": {
      "zh": "传统优势产业优化提升",
      "en": "Upgrading traditional strong industries"
    },
    "summary": {
      "zh": "推动石化企业“去油增化”，布局新型功能材料；钢铁、有色金属企业做强特种精品钢、做大轻合金；化妆品、食品等轻工企业以生态设计引领新消费，多出国货潮品。",
      "en": "Petrochemical firms shift \"from oil to chemicals\" and into new functional materials; steel and non-ferrous firms grow special and fine steels and light alloys; cosmetics, food and other light-industry firms lead new consumption with eco-design and domestic trend brands."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": true,
    "appealCategory": "traditional-industries",
    "targets": {
      "zh": "石化企业；钢铁、有色金属企业；化妆品、食品等轻工企业",
      "en": "Petrochemical firms; steel and non-ferrous metal firms; cosmetics, food and other light-industry firms"
    },
    "conditions": [
      {
        "kind": "in",
        "fact": "industry",
        "values": [
          "petrochemical",
          "steel",
          "nonferrous-metals",
          "light-industry"
        ]
      }
    ],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "first-set-equipment",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(一)"
    },
    "name": {
      "zh": "首台(套)重大技术装备、首批次新材料支持",
      "en": "First-set major equipment and first-batch new materials support"
    },
    "summary": {
      "zh": "符合首台(套)重大技术装备、首批次新材料条件的，按最高不超过产品销售合同金额的30%给予支持，最高不超过2000万元。",
      "en": "Products that qualify as first-set major technical equipment or first-batch new materials get up to 30% of the sales contract, at most CNY 20M."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": true,
    "appealCategory": "first-set",
    "targets": {
      "zh": "首台(套)重大技术装备、首批次新材料",
      "en": "First-set major technical equipment, first-batch new materials"
    },
    "conditions": [
      {
        "kind": "isTrue",
        "fact": "firstSetCertified"
      }
    ],
    "amount": {
      "kind": "percentOfCapped",
      "fact": "firstSetContractAmount",
      "minBps": 0,
      "maxBps": {
        "param": "maxBps"
      },
      "cap": {
        "param": "cap"
      }
    },
    "params": {
      "maxBps": [
        {
          "from": "2026-01-01",
          "value": 3000,
          "reference": "沪府办规〔2025〕20号 (一)"
        }
      ],
      "cap": [
        {
          "from": "2026-01-01",
          "value": 20000000,
          "reference": "沪府办规〔2025〕20号 (一)"
        }
      ]
    }
  },
  {
    "id": "leading-industries",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(二)"
    },
    "name": {
      "zh": "先导产业战略引领支持",
      "en": "Support for leading industries"
    },
    "summary": {
      "zh": "支持集成电路企业实现全产业链突破；支持创新药物、高端医疗器械、合成生物、细胞与基因治疗等领域企业发展壮大；推动高性能智算芯片发展。",
      "en": "Support for integrated-circuit breakthroughs along the whole chain; for innovative drugs, high-end medical devices, synthetic biology, cell and gene therapy; for high-performance AI chips."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc",
      "stcsm"
    ],
    "districtGovernments": false,
    "appealCategory": "leading-industries",
    "targets": {
      "zh": "集成电路(装备、先进工艺、光刻胶材料、3D封装)；生物医药(创新药物及高端制剂、高端医疗器械、合成生物技术、细胞与基因治疗)；人工智能(高性能智算芯片)",
      "en": "Integrated circuits (equipment, advanced processes, photoresists, 3D packaging); biomedicine (innovative drugs, high-end devices, synthetic biology, cell and gene therapy); AI (high-performance AI chips)"
    },
    "conditions": [
      {
        "kind": "in",
        "fact": "industry",
        "values": [
          "integrated-circuits",
          "biomedicine",
          "artificial-intelligence",
          "bio-manufacturing"
        ]
      },
      {
        "kind": "anyOf",
        "conditions": [
          {
            "kind": "in",
            "fact": "industry",
            "values": [
              "integrated-circuits",
              "biomedicine",
              "bio-manufacturing"
            ]
          },
          {
            "kind": "isTrue",
            "fact": "aiComputingChips"
          }
        ]
      }
    ],
    "amount": {
      "kind": "none"
    },
    "params": {}
  },
  {
    "id": "key-emerging-industries",
    "reference": {
      "document": "沪府办规〔2025〕20号",
      "clause": "(三)"
    },
    "name": {
      "zh": "重点产业和新兴产业壮大发展",
      "en": "Growth of key and emerging industries"
    },
    "summary": {
      "zh": "支持智能网联新能源汽车、高端装备、先进材料、绿色低碳、时尚消费品企业发展先进制造；引导企业布局低空经济、商业航天、具身智能、生物制造、智能终端等新兴领域。",
      "en": "Support for advanced manufacturing in connected NEVs, high-end equipment, advanced materials, green and low-carbon, fashion consumer goods; and for investment in low-altitude, commercial space, embodied AI, bio-manufacturing and smart terminals."
    },
    "period": {
      "from": "2026-01-01",
      "to": "2028-12-31"
    },
    "bureaus": [
      "sheitc"
    ],
    "districtGovernments": true,
    "appealCategory": "key-industries",
    "targets": {
      "zh": "智能网联新能源汽车、高端装备、先进材料、绿色低碳、时尚消费品；低空经济(eVTOL)、商业航天(商业火箭)、具身智能(人形机器人)、生物制造、智能终端",
      "en": "Connected NEVs, high-end equipment, advanced materials, green and low-carbon, fashion consumer goods; low-altitude (eVTOL), commercial space (rockets), embodied AI (humanoid robots), bio-manufacturing, smart terminals"
    },
    "conditions": [
      {
        "kind": "in",
        "fact": "industry",
        "values": [
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
  }
]
