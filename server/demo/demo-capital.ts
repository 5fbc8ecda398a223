import type { DemoData } from '../../scripts/demo/generate-demo.js'
import type { DbOrTrx } from '../db/database.js'
import type { UnitMetric } from '../jurisdictions/jurisdictions.table.js'
import { insertUnitTargets } from '../planning/unit-ranking.repo.js'
import { addDays } from '../projects/project-rules.js'

/**
 * The demo's 到资 and unit targets: signed projects receive capital after signing (foreign capital in two instalments,
 * a third of the investment from outside the county otherwise), up to the demo's day; towns, platforms and departments
 * get this year's targets, so 月排位 has something to rank.
 */
export async function insertDemoCapitalAndTargets(
  trx: DbOrTrx,
  data: DemoData,
  projectIds: readonly number[],
  unitIds: Map<string, number>,
) {
  const today = data.projects
    .map((p) => p.stageChangedOn)
    .sort()
    .at(-1)!
  const arrivals = data.projects.flatMap((p, i) => {
    if (!p.signedOn) return []
    const project_id = projectIds[i]!
    const foreign = p.foreignCapitalWanUsd
    const planned = foreign
      ? [
          { on: addDays(p.signedOn, 45), amount: Math.round(foreign * 0.4), kind: 'foreign_capital' as const },
          { on: addDays(p.signedOn, 200), amount: Math.round(foreign * 0.3), kind: 'foreign_capital' as const },
        ]
      : [
          {
            on: addDays(p.signedOn, 90),
            amount: Math.round(p.totalInvestmentWan / 3),
            kind: 'domestic_outside' as const,
          },
        ]
    return planned
      .filter((a) => a.on <= today && a.amount > 0)
      .map((a) => ({
        project_id,
        arrived_on: a.on,
        amount_wan: a.amount,
        kind: a.kind,
        currency: a.kind === 'foreign_capital' ? ('USD' as const) : ('CNY' as const),
        note: '演示数据 demonstration data',
        created_by: 'demo',
      }))
  })
  if (arrivals.length > 0) await trx.insertInto('capital_arrivals').values(arrivals).execute()
  await insertUnitTargets(trx, demoUnitTargets(unitIds, Number(today.slice(0, 4))))
  return arrivals.length
}

/** Targets by kind of unit: a platform carries most, a town some, a department a little. */
const targetsByKind: Record<'platform' | 'town' | 'department', [UnitMetric, number][]> = {
  platform: [
    ['projects_1yi', 4],
    ['foreign_capital_usd_wan', 3000],
    ['domestic_capital_wan', 40_000],
  ],
  town: [
    ['projects_1yi', 1],
    ['foreign_capital_usd_wan', 500],
    ['domestic_capital_wan', 8000],
  ],
  department: [
    ['projects_1yi', 1],
    ['domestic_capital_wan', 5000],
  ],
}

function demoUnitTargets(unitIds: Map<string, number>, year: number) {
  const kindOf = (code: string) =>
    code.startsWith('park-')
      ? 'platform'
      : code.includes('-dept-')
        ? 'department'
        : /^nb-[a-z]+-[a-z]/.test(code)
          ? 'town'
          : null
  return [...unitIds].flatMap(([code, jurisdiction_id]) => {
    const kind = kindOf(code)
    return kind ? targetsByKind[kind].map(([metric, target]) => ({ jurisdiction_id, year, metric, target })) : []
  })
}
