import type { DataSource } from 'typeorm'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { isKeyEnterprise, type StoredFacts } from '../enterprises/profile-patch.js'

interface DemoEnterprise {
  uscc: string
  name: string
  facts: StoredFacts
  steward?: { name: string; phone: string; email: string }
}

/**
 * Demo enterprises for `pnpm dev` (SEED_DEMO=true). The first two belong to the demo users
 * enterprise-a and enterprise-b of the realm file; their basic-research spend is left unknown so the
 * package shows what is still missing. Idempotent: existing rows are never overwritten.
 */
export const demoEnterprises: DemoEnterprise[] = [
  {
    uscc: '91310115MA1K4C7L8X',
    name: '上海芯联微电子有限公司',
    facts: { industry: 'integrated-circuits', district: 'pudong', aboveDesignatedSize: true, annualOutputValue: 1_350_000_000, revenue: 1_280_000_000, rdExpense: 186_000_000 },
    steward: { name: '李敏', phone: '021-23112345', email: 'limin@sheitc.example.gov.cn' },
  },
  {
    uscc: '91310112MA1G8R3N83',
    name: '上海瑞康生物医药科技有限公司',
    facts: { industry: 'biomedicine', district: 'minhang', aboveDesignatedSize: true, annualOutputValue: 420_000_000, revenue: 395_000_000 },
  },
  { uscc: '91310000MA1FL1234Q', name: '上海临港智能装备股份有限公司', facts: { industry: 'high-end-equipment', district: 'pudong', annualOutputValue: 2_600_000_000, firstSetCertified: true, firstSetContractAmount: 45_000_000 } },
  { uscc: '91310114MA1GT5678C', name: '上海嘉定智联汽车科技有限公司', facts: { industry: 'intelligent-connected-vehicles', district: 'jiading', annualOutputValue: 880_000_000 } },
  { uscc: '91310113MA1GK9876R', name: '上海宝山新材料有限公司', facts: { industry: 'advanced-materials', district: 'baoshan', annualOutputValue: 1_050_000_000, energySavedTce: 3200 } },
  { uscc: '91310117MA1J234561', name: '上海松江绿色能源科技有限公司', facts: { industry: 'green-low-carbon', district: 'songjiang', firstNationalGreenFactory: true } },
]

export async function seedDemoData(db: DataSource): Promise<number> {
  let inserted = 0
  for (const demo of demoEnterprises) {
    const result = await db
      .createQueryBuilder()
      .insert()
      .into(Enterprise)
      .values({
        uscc: demo.uscc,
        name: demo.name,
        facts: demo.facts,
        isKey: isKeyEnterprise(demo.facts),
        stewardName: demo.steward?.name ?? null,
        stewardPhone: demo.steward?.phone ?? null,
        stewardEmail: demo.steward?.email ?? null,
        stewardAssignedBy: demo.steward ? 'coordinator' : null,
        stewardAssignedAt: demo.steward ? new Date() : null,
      })
      .orIgnore()
      .execute()
    inserted += (result.raw as unknown[]).length
  }
  return inserted
}
