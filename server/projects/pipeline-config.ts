import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { defaultThresholds, type PipelineThresholds } from './project-rules.js'
import { projectStages } from './projects.table.js'

/** Everything the pipeline's rules, demand weights and rankings can be tuned by; the documents' values by default. */
export interface PipelineConfig extends PipelineThresholds {
  /** Chance that a project in this stage lands: its land need counts against supply at this weight. */
  stageProbability: { negotiating: number; signed: number }
  /** 004 §3(2): industrial share of the year's land supply, and idle land to revitalise each year (mu). */
  industrialShareLine: number
  revitaliseMuTarget: number
  /** Ranking lights: completion against the share of the year elapsed; green from 1, yellow from this. */
  rankingYellowAt: number
}

export const defaultPipelineConfig: PipelineConfig = {
  ...defaultThresholds,
  stageProbability: { negotiating: 0.4, signed: 0.9 },
  industrialShareLine: 0.5,
  revitaliseMuTarget: 300,
  rankingYellowAt: 0.8,
}

const share = z.number().min(0).max(1)
const overridesSchema = z
  .object({
    firstReportWan: z.number().positive(),
    firstReportUsdWan: z.number().positive(),
    preReportWan: z.number().positive(),
    preReportUsdWan: z.number().positive(),
    firstTalkMonths: z.number().int().min(1).max(24),
    preReportDays: z.number().int().min(1).max(90),
    landWarningMonths: z.number().int().min(1).max(60),
    landWarningShare: share,
    stageDays: z.partialRecord(z.enum(projectStages), z.number().int().positive()),
    yellowAt: share,
    stageProbability: z.object({ negotiating: share, signed: share }).strict(),
    industrialShareLine: share,
    revitaliseMuTarget: z.number().min(0),
    rankingYellowAt: share,
  })
  .partial()
  .strict()

/** Reads a JSON file of overrides (PIPELINE_RULES_FILE); an unknown or out-of-range key stops the start with its name. */
export function loadPipelineConfig(file: string | undefined): PipelineConfig {
  if (!file) return defaultPipelineConfig
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`PIPELINE_RULES_FILE ${file}: ${(error as Error).message}`)
  }
  const parsed = overridesSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(
      `PIPELINE_RULES_FILE ${file}: ${issue.path.join('.') || issue.message} ${issue.path.length ? `— ${issue.message}` : ''}`.trim(),
    )
  }
  const { stageDays, ...rest } = parsed.data
  return { ...defaultPipelineConfig, ...rest, stageDays: { ...defaultPipelineConfig.stageDays, ...stageDays } }
}
