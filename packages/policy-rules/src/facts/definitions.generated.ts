// Generated from definitions.yaml by scripts/render-catalogue.ts: do not edit. Change the YAML, then
// `pnpm --filter @servicepack/policy-rules generate` writes this again; a spec fails while it is stale.
import type { FactDefinition } from '../types.js'
import { MAX_LOAN_TERM_MONTHS, MAX_PERSONS, MAX_TCE, MAX_YUAN } from './bounds.js'

/**
 * The facts of an enterprise profile, with their type, unit, bound, labels, questions and help.
 * Order matters: it is the order of the profile form's fields and of `readFacts`.
 */
export const factDefinitions: readonly FactDefinition[] = [
  {
    "name": "district",
    "type": "code",
    "unit": null,
    "catalogue": "districts",
    "label": {
      "zh": "所在区",
      "en": "District"
    },
    "question": {
      "zh": "企业注册在上海哪个区？",
      "en": "In which Shanghai district is the enterprise registered?"
    },
    "help": {
      "zh": "用于确定责任单位中的区政府。",
      "en": "Used to route to the district government named among the responsible units."
    }
  },
  {
    "name": "industry",
    "type": "code",
    "unit": null,
    "catalogue": "industries",
    "label": {
      "zh": "所属产业",
      "en": "Industry"
    },
    "question": {
      "zh": "企业主营业务属于哪个产业？",
      "en": "Which industry is the enterprise's main business in?"
    },
    "help": {
      "zh": "按行动方案列明的产业选择；都不符合时选“其他制造业”。",
      "en": "Pick one of the industries the action plan names, or \"Other manufacturing\"."
    }
  },
  {
    "name": "technologyField",
    "type": "code",
    "unit": null,
    "catalogue": "technologyFields",
    "label": {
      "zh": "主要技术领域",
      "en": "Main technology field"
    },
    "question": {
      "zh": "企业主要在以下哪个领域开展基础研究或技术攻关？",
      "en": "In which of these fields does the enterprise mainly do basic research or core-technology work?"
    },
    "help": {
      "zh": "第(五)条所列的前沿技术(激光制造、量子、光子、新型功能材料、新型能源)和重点产业链(集成电路、大飞机、高端装备、仪器仪表、工业软件)；两处列举都以“等”结尾，其他领域由责任单位认定，都不是请选“以上都不是”。",
      "en": "The frontier technologies (laser manufacturing, quantum, photonics, new functional materials, new energy) and industry chains (ICs, large aircraft, high-end equipment, instruments, industrial software) named by clause (5); both lists end with \"etc.\", so other fields are for the bureaus to judge; otherwise \"None of these\"."
    }
  },
  {
    "name": "annualOutputValue",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "label": {
      "zh": "年产值",
      "en": "Annual output value"
    },
    "question": {
      "zh": "企业上一年度工业总产值是多少元？",
      "en": "What was the enterprise's gross industrial output value last year, in yuan?"
    },
    "help": {
      "zh": "以统计报表口径填写，单位为元；年产值10亿元及以上的为重点企业。",
      "en": "As reported in statistics returns, in yuan; CNY 1B or more makes a key enterprise."
    },
    "purpose": {
      "zh": "判定重点企业(年产值10亿元及以上，行动方案的目标群体)：服务包页的“重点企业”标识，协调员企业名单的筛选、排序和导出。",
      "en": "Decides the key-enterprise flag (output of CNY 1B or more, the plan's target group): the key-enterprise tag of the package page, and the filter, order and export of the coordinators' enterprise list."
    }
  },
  {
    "name": "revenue",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "retired": true,
    "label": {
      "zh": "营业收入",
      "en": "Revenue"
    },
    "question": {
      "zh": "企业上一年度营业收入是多少元？",
      "en": "What was the enterprise's revenue last year, in yuan?"
    },
    "help": {
      "zh": "单位为元。",
      "en": "In yuan."
    }
  },
  {
    "name": "rdExpense",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "retired": true,
    "label": {
      "zh": "研发费用",
      "en": "R&D expense"
    },
    "question": {
      "zh": "企业上一年度研发费用是多少元？",
      "en": "What was the enterprise's R&D expense last year, in yuan?"
    },
    "help": {
      "zh": "按研发费用加计扣除口径，单位为元。",
      "en": "As for the R&D super-deduction, in yuan."
    }
  },
  {
    "name": "basicResearchInvestment",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "label": {
      "zh": "基础研究投入",
      "en": "Basic-research investment"
    },
    "question": {
      "zh": "企业每年基础研究投入是多少元？",
      "en": "How much does the enterprise invest in basic research per year, in yuan?"
    },
    "help": {
      "zh": "达到1000万元/年起可获一次性财政补助(第(四)条)。",
      "en": "From CNY 10M a year a one-time grant applies (clause (4))."
    }
  },
  {
    "name": "aboveDesignatedSize",
    "type": "boolean",
    "unit": null,
    "retired": true,
    "label": {
      "zh": "规上企业",
      "en": "Above designated size"
    },
    "question": {
      "zh": "企业是否为规模以上工业企业？",
      "en": "Is the enterprise an industrial enterprise above designated size?"
    },
    "help": {
      "zh": "年主营业务收入2000万元及以上的工业企业。",
      "en": "Industrial enterprises with main-business revenue of CNY 20M or more a year."
    }
  },
  {
    "name": "firstSetCertified",
    "type": "boolean",
    "unit": null,
    "label": {
      "zh": "首台(套)/首批次认定",
      "en": "First-set / first-batch recognition"
    },
    "question": {
      "zh": "企业产品是否符合首台(套)重大技术装备或首批次新材料条件？",
      "en": "Does a product qualify as first-set major technical equipment or a first-batch new material?"
    },
    "help": {
      "zh": "以市经济信息化委认定为准。",
      "en": "As recognised by the Municipal Commission of Economy and Informatization."
    }
  },
  {
    "name": "firstSetContractAmount",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "label": {
      "zh": "首台(套)销售合同金额",
      "en": "First-set sales contract amount"
    },
    "question": {
      "zh": "首台(套)或首批次产品的销售合同金额是多少元？",
      "en": "What is the sales contract amount of the first-set / first-batch product, in yuan?"
    },
    "help": {
      "zh": "支持最高不超过合同金额的30%，最高2000万元。",
      "en": "Support is at most 30% of the contract, at most CNY 20M."
    }
  },
  {
    "name": "techRenovationFinancingCost",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "label": {
      "zh": "技术改造融资费用",
      "en": "Technical-renovation financing cost"
    },
    "question": {
      "zh": "技术改造项目固定资产投资贷款利息或设备融资租赁费用是多少元？",
      "en": "How much interest on technical-renovation fixed-asset loans or equipment finance-lease fees, in yuan?"
    },
    "help": {
      "zh": "累计支持最高不超过2000万元(含已获得的支持)。",
      "en": "Cumulative support at most CNY 20M (support already received included)."
    }
  },
  {
    "name": "outsideChemicalPark",
    "type": "boolean",
    "unit": null,
    "unlessNo": "chemicalProducer",
    "label": {
      "zh": "位于化工园区外",
      "en": "Outside a chemical park"
    },
    "question": {
      "zh": "企业的化工生产装置是否位于化工园区外？",
      "en": "Is the enterprise's chemical plant outside a designated chemical park?"
    },
    "help": {
      "zh": "第(六)条支持化工园区外的存量化工企业开展项目建设。",
      "en": "Clause (6) supports projects of existing chemical plants outside chemical parks."
    }
  },
  {
    "name": "existingChemicalPlant",
    "type": "boolean",
    "unit": null,
    "unlessNo": "chemicalProducer",
    "label": {
      "zh": "存量化工企业",
      "en": "Existing chemical plant"
    },
    "question": {
      "zh": "企业是否为已建成投产的存量化工企业？",
      "en": "Is it an existing chemical plant, already built and operating?"
    },
    "help": {
      "zh": "新设立的化工企业不在第(六)条本项支持范围内。",
      "en": "Newly set-up chemical plants are not covered by this part of clause (6)."
    }
  },
  {
    "name": "chemicalProjectFitsZoning",
    "type": "boolean",
    "unit": null,
    "unlessNo": "chemicalProducer",
    "label": {
      "zh": "项目符合规划及生态环境分区管控要求",
      "en": "Project fits the plans and environmental zoning"
    },
    "question": {
      "zh": "拟建项目是否符合规划及生态环境分区管控要求？",
      "en": "Does the planned project fit the land-use plans and the ecological-environment zoning controls?"
    },
    "help": {
      "zh": "以规划资源、生态环境部门的意见为准。",
      "en": "As the planning and environment authorities confirm."
    }
  },
  {
    "name": "chemicalProjectNoNewLand",
    "type": "boolean",
    "unit": null,
    "unlessNo": "chemicalProducer",
    "label": {
      "zh": "项目不新增供地",
      "en": "Project needs no new land"
    },
    "question": {
      "zh": "项目是否在现有用地上建设、不新增供地？",
      "en": "Will the project be built on the existing site, with no new land supplied?"
    },
    "help": {
      "zh": "需要新增供地的项目不在本项支持范围内。",
      "en": "Projects that need new land are not covered."
    }
  },
  {
    "name": "chemicalProjectNoAddedRisk",
    "type": "boolean",
    "unit": null,
    "unlessNo": "chemicalProducer",
    "label": {
      "zh": "项目不增加环境风险水平",
      "en": "Project adds no environmental risk"
    },
    "question": {
      "zh": "项目建成后是否不增加环境风险水平？",
      "en": "Will the project leave the level of environmental risk no higher than before?"
    },
    "help": {
      "zh": "以环境风险评估结论为准。",
      "en": "As the environmental risk assessment concludes."
    }
  },
  {
    "name": "energySavedTce",
    "type": "tonnes",
    "unit": "tce",
    "max": MAX_TCE,
    "label": {
      "zh": "节能量(吨标煤)",
      "en": "Energy saved (tce)"
    },
    "question": {
      "zh": "节能工艺升级和设备改造节约了多少吨标准煤？",
      "en": "How many tonnes of standard coal equivalent did the energy-saving upgrades save?"
    },
    "help": {
      "zh": "按1000—2000元/吨标煤奖励，最高1000万元。",
      "en": "CNY 1,000–2,000 per tonne, at most CNY 10M."
    }
  },
  {
    "name": "firstNationalGreenFactory",
    "type": "boolean",
    "unit": null,
    "label": {
      "zh": "首次评为国家级绿色工厂",
      "en": "First rated national green factory"
    },
    "question": {
      "zh": "企业是否首次被评为国家级绿色工厂？",
      "en": "Was the enterprise rated a national-level green factory for the first time?"
    },
    "help": {
      "zh": "给予20万元一次性奖励。",
      "en": "One-time reward of CNY 200,000."
    }
  },
  {
    "name": "talentAwardNominees",
    "type": "count",
    "unit": "persons",
    "max": MAX_PERSONS,
    "label": {
      "zh": "支持申报人才专项奖励的人数",
      "en": "Number of talent-award applicants"
    },
    "question": {
      "zh": "企业支持多少名人才申报重点产业领域人才专项奖励？",
      "en": "How many people does the enterprise support in applying for the key-industry talent award?"
    },
    "help": {
      "zh": "奖励授予入选的人才本人，每人最高30万元；申报不等于入选，奖励也不计入企业可享资金。",
      "en": "The award goes to each selected person, at most CNY 300,000 each; applying is not being selected, and it is not the enterprise's money."
    }
  },
  {
    "name": "stockingLoanAmount",
    "type": "yuan",
    "unit": "CNY",
    "max": MAX_YUAN,
    "label": {
      "zh": "备货贷款金额",
      "en": "Stocking-loan principal"
    },
    "question": {
      "zh": "用于备货关键零部件及原材料的贷款本金是多少元？",
      "en": "What is the principal of the loans to stock key components and raw materials, in yuan?"
    },
    "help": {
      "zh": "按0.8%—1.3%的年贴息率折算贴息，只计贷款在方案有效期内(2026年1月至2028年12月)、评估日以后的月份(第(十二)条)。",
      "en": "The subsidy is a yearly 0.8%–1.3% of the principal, for the months of the loan inside the plan period (Jan 2026 – Dec 2028) from the evaluation date on (clause (12))."
    }
  },
  {
    "name": "stockingLoanTermMonths",
    "type": "count",
    "unit": "months",
    "max": MAX_LOAN_TERM_MONTHS,
    "label": {
      "zh": "备货贷款期限",
      "en": "Stocking-loan term"
    },
    "question": {
      "zh": "备货贷款的期限是多少个月？",
      "en": "What is the term of the stocking loans, in months?"
    },
    "help": {
      "zh": "贴息率为年率：贴息 = 本金 × 年贴息率 × 月数 ÷ 12。有多笔贷款时，填按金额加权的平均期限(向下取整到月)。",
      "en": "The rate is yearly: subsidy = principal × yearly rate × months ÷ 12. For several loans, give the term averaged by amount (rounded down to whole months)."
    }
  },
  {
    "name": "rdHighGrowth",
    "type": "boolean",
    "unit": null,
    "label": {
      "zh": "研发费用连续高增长",
      "en": "Sustained high R&D growth"
    },
    "question": {
      "zh": "企业研发费用是否连续多年高增长？",
      "en": "Has the enterprise's R&D spending grown strongly for consecutive years?"
    },
    "help": {
      "zh": "第(四)条：“对研发费用连续高增长企业，研究给予一次性奖励”。奖励办法尚在研究，“高增长”的标准和金额以出台的细则为准。",
      "en": "Clause (4): a one-time reward for enterprises with sustained high R&D growth is being designed; what counts as high growth, and the amount, come with its rules."
    }
  },
  {
    "name": "pilotPlatform",
    "type": "boolean",
    "unit": null,
    "label": {
      "zh": "使用、建设或提升中试平台",
      "en": "Uses, builds or upgrades a pilot platform"
    },
    "question": {
      "zh": "企业是否研发使用、新布局建设中试平台或者提升中试平台能级？",
      "en": "Does the enterprise use a pilot-scale platform for R&D, build a new one or upgrade one?"
    },
    "help": {
      "zh": "第(十五)条：“对研发使用、新布局建设中试平台或者提升中试平台能级给予支持”。",
      "en": "Clause (15) supports using, building or upgrading pilot-scale platforms."
    }
  },
  {
    "name": "chemicalProducer",
    "type": "boolean",
    "unit": null,
    "label": {
      "zh": "化工生产企业",
      "en": "Chemical producer"
    },
    "question": {
      "zh": "企业是否从事化工生产(不论所属产业，如归入新材料、生物医药的化工企业)？",
      "en": "Does the enterprise produce chemicals (whatever its industry, e.g. a chemical plant classed as new materials or biomedicine)?"
    },
    "help": {
      "zh": "第(六)条支持“化工园区外存量化工企业”开展项目建设，不限所属产业。",
      "en": "Clause (6) supports projects of \"existing chemical enterprises outside chemical parks\", whatever their industry."
    }
  },
  {
    "name": "aiComputingChips",
    "type": "boolean",
    "unit": null,
    "forIndustries": [
      "artificial-intelligence"
    ],
    "label": {
      "zh": "高性能智算芯片",
      "en": "High-performance AI computing chips"
    },
    "question": {
      "zh": "企业是否研发或生产高性能智算芯片？",
      "en": "Does the enterprise develop or make high-performance AI computing chips?"
    },
    "help": {
      "zh": "第(二)条对人工智能只写“推动高性能智算芯片加快发展”。",
      "en": "For artificial intelligence, clause (2) names only \"accelerating high-performance AI computing chips\"."
    }
  },
  {
    "name": "greenFactoryFirstRatedYear",
    "type": "code",
    "unit": null,
    "catalogue": "ratingYears",
    "label": {
      "zh": "首次评为国家级绿色工厂的年份",
      "en": "Year first rated a national green factory"
    },
    "question": {
      "zh": "企业在哪一年首次被评为国家级绿色工厂？",
      "en": "In which year was the enterprise first rated a national-level green factory?"
    },
    "help": {
      "zh": "第(八)条奖励在方案有效期内(2026—2028年)首次评为国家级绿色工厂的企业。",
      "en": "Clause (8) rewards a first rating within the plan period (2026–2028)."
    }
  },
  {
    "name": "keyIndustrialChain",
    "type": "boolean",
    "unit": null,
    "label": {
      "zh": "属于重点产业链或产业链核心环节",
      "en": "In a key industrial chain or its core links"
    },
    "question": {
      "zh": "企业是否属于重点产业链或产业链核心环节？",
      "en": "Is the enterprise part of a key industrial chain or one of its core links?"
    },
    "help": {
      "zh": "第(十二)条备货贷款贴息“聚焦重点产业链和产业链核心环节”，以责任单位认定为准。",
      "en": "The stocking-loan subsidy of clause (12) \"focuses on key industrial chains and their core links\", as the bureaus decide."
    }
  },
  {
    "name": "stockingLoanStart",
    "type": "code",
    "unit": null,
    "catalogue": "loanStartMonths",
    "label": {
      "zh": "备货贷款起始年月",
      "en": "Stocking-loan start month"
    },
    "question": {
      "zh": "备货贷款从哪一年哪一月开始？",
      "en": "In which month did (or will) the stocking loan start?"
    },
    "help": {
      "zh": "贴息只计贷款在方案有效期内(至2028年12月)、自评估日或贷款起始日(取较晚者)起的月份。有多笔贷款时，填最早一笔的起始年月。",
      "en": "Only the months of the loan inside the plan period (to Dec 2028), from the evaluation date or the loan start, whichever is later, count. For several loans, give the earliest start."
    }
  }
]
