import { MeasurePushes1796830000001 } from './1796830000001-MeasurePushes.js'
import { MeasureEvaluations1796830000000 } from './1796830000000-MeasureEvaluations.js'
import { DueSoonDays1796600000000 } from './1796600000000-DueSoonDays.js'
import { OpenDataMonths1796700000000 } from './1796700000000-OpenDataMonths.js'
import { RateLimits1796524772583 } from './1796524772583-RateLimits.js'
import { StewardAccounts1795976563523 } from './1795976563523-StewardAccounts.js'
import { Notices1795975568383 } from './1795975568383-Notices.js'
import { Catalogues1795973544064 } from './1795973544064-Catalogues.js'
import { AppealStatsMonthly1795970893267 } from './1795970893267-AppealStatsMonthly.js'
import { AppealStats1795968808612 } from './1795968808612-AppealStats.js'
import { Users1795965669329 } from './1795965669329-Users.js'
import { Appeals1795964897393 } from './1795964897393-Appeals.js'
import { Enterprises1795712926193 } from './1795712926193-Enterprises.js'
import { EnterpriseListIndex1796600000001 } from './1796600000001-EnterpriseListIndex.js'
import type { MigrationInterface } from 'typeorm'

/** Every migration, in order. `pnpm --filter @servicepack/api migration:generate <Name>` appends here. */
export const migrations: (new () => MigrationInterface)[] = [Enterprises1795712926193, Appeals1795964897393, Users1795965669329, AppealStats1795968808612, AppealStatsMonthly1795970893267, Catalogues1795973544064, Notices1795975568383, StewardAccounts1795976563523, RateLimits1796524772583, DueSoonDays1796600000000, EnterpriseListIndex1796600000001, OpenDataMonths1796700000000, MeasureEvaluations1796830000000, MeasurePushes1796830000001]
