import { baseReport, type Report } from '../report/report.js'
import { analyze, type AnalyzeOptions } from './analyze.js'

export interface CommandOutcome {
  report: Report
  /** True when rolegate.yml itself could not be loaded: a configuration error (exit 2). */
  configInvalid: boolean
}

export async function runValidate(options: AnalyzeOptions): Promise<CommandOutcome> {
  const analysis = await analyze(options)
  const report: Report = {
    ...baseReport(
      'validate',
      analysis.configFile,
      analysis.environmentNames,
      analysis.findings,
      analysis.suppressions
    )
  }
  return { report, configInvalid: analysis.config === undefined }
}
