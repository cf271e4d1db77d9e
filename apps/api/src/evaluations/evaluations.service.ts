import { Inject, Injectable, Logger, Optional } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { evaluate, FactTypeError, measures, type Evaluation, type Facts } from '@servicepack/policy-rules'
import { DataSource, type EntityManager } from 'typeorm'
import { Clock } from '../common/clock.js'
import { changeOf, keptOf } from './evaluation-change.js'
import { evaluationQueries as q, keyOf, type EnterpriseFacts, type KeptRow } from './evaluation.queries.js'
import { factsHashOf, RULE_VERSIONS } from './rule-version.js'

/** A measure that became an enterprise's (evaluation-change.ts): what the push needs. */
export interface EligibleNews {
  uscc: string
  measureId: string
  ruleVersion: string
  evaluation: Evaluation
}

/** Who tells the enterprises (measure-push/): called in each batch's transaction. */
export interface NewsSink {
  tell(em: EntityManager, news: readonly EligibleNews[]): Promise<number>
}
export const NEWS_SINK = Symbol('NEWS_SINK')

export interface RefreshResult {
  enterprises: number
  written: number
  pushed: number
  skipped: number
}

/** Enterprises per batch: one read, one evaluation pass in JS, one multi-row upsert, one transaction. */
export const EVALUATION_BATCH = 1000

/**
 * The evaluation, kept (issue 23 §2): evaluates enterprises with the real engine in batches and keeps
 * each enterprise × measure (status, amounts, rule version, facts hash, date), writing only the rows
 * that changed, and hands what became eligible to the push in the same transaction.
 */
@Injectable()
export class EvaluationsService {
  private readonly logger = new Logger(EvaluationsService.name)

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Optional() @Inject(NEWS_SINK) private readonly sink: NewsSink | null,
  ) {}

  /** Re-evaluates these enterprises (their facts changed). */
  async refreshEnterprises(usccs: readonly string[]): Promise<RefreshResult> {
    const total: RefreshResult = { enterprises: 0, written: 0, pushed: 0, skipped: 0 }
    for (let i = 0; i < usccs.length; i += EVALUATION_BATCH) {
      const slice = usccs.slice(i, i + EVALUATION_BATCH)
      add(total, await this.db.transaction((em) => this.batch(em, () => q.enterprises(em, slice))))
    }
    return total
  }

  /**
   * Re-evaluates every enterprise (a new catalogue version, or the daily tick), a batch per
   * transaction in USCC order, then records the catalogue version the table now holds.
   */
  async refreshAll(batchSize = EVALUATION_BATCH): Promise<RefreshResult> {
    const total: RefreshResult = { enterprises: 0, written: 0, pushed: 0, skipped: 0 }
    await q.dropMeasuresOtherThan(this.db.manager, [...RULE_VERSIONS.keys()])
    let after = ''
    for (;;) {
      let last: string | null = null
      const r = await this.db.transaction((em) =>
        this.batch(em, async () => {
          const rows = await q.enterprisesAfter(em, after, batchSize)
          last = rows.at(-1)?.uscc ?? null
          return rows
        }),
      )
      add(total, r)
      if (last === null) break
      after = last
    }
    await q.storeVersions(this.db.manager, RULE_VERSIONS, this.clock.now())
    return total
  }

  /** Whether the kept table was last fully refreshed under the running catalogue. */
  async catalogueCurrent(): Promise<boolean> {
    const stored = await q.storedVersions(this.db.manager)
    if (stored.size !== RULE_VERSIONS.size) return false
    for (const [id, v] of RULE_VERSIONS) if (stored.get(id) !== v) return false
    return true
  }

  private async batch(em: EntityManager, load: () => Promise<EnterpriseFacts[]>): Promise<RefreshResult> {
    const enterprises = await load()
    if (enterprises.length === 0) return { enterprises: 0, written: 0, pushed: 0, skipped: 0 }
    const asOf = this.clock.today()
    const kept = await q.kept(em, enterprises.map((e) => e.uscc))
    const writes: KeptRow[] = []
    const news: EligibleNews[] = []
    let skipped = 0
    for (const e of enterprises) {
      let evaluations: Evaluation[]
      try {
        evaluations = evaluate(e.facts as Facts, { asOf })
      } catch (err) {
        // a profile the engine refuses (a wrongly typed fact from before validation): left as it was kept
        if (!(err instanceof FactTypeError)) throw err
        this.logger.warn({ uscc: e.uscc, err: err.message }, 'facts the rules engine refuses: evaluation kept as it was')
        skipped++
        continue
      }
      const factsHash = factsHashOf(e.facts)
      const industry = typeof e.facts.industry === 'string' ? e.facts.industry : null
      for (const ev of evaluations) {
        const ruleVersion = RULE_VERSIONS.get(ev.measureId)!
        const next = keptOf(ev, ruleVersion, factsHash, asOf)
        const change = changeOf(kept.get(keyOf(e.uscc, ev.measureId)), next)
        if (change.write) writes.push({ uscc: e.uscc, measureId: ev.measureId, industry, ...next })
        if (change.push) news.push({ uscc: e.uscc, measureId: ev.measureId, ruleVersion, evaluation: ev })
      }
    }
    await q.upsert(em, writes, this.clock.now())
    const pushed = news.length && this.sink ? await this.sink.tell(em, news) : 0
    return { enterprises: enterprises.length, written: writes.length, pushed, skipped }
  }
}

function add(total: RefreshResult, r: RefreshResult): void {
  total.enterprises += r.enterprises
  total.written += r.written
  total.pushed += r.pushed
  total.skipped += r.skipped
}

/** The measures of the running catalogue, for readers of the kept table. */
export const MEASURE_IDS: readonly string[] = measures.map((m) => m.id)
