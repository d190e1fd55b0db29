/** Loads and renders in-memory files through the pure core (no filesystem). */
import { loadConfig, loadDefinitions } from '../../src/definitions/load.js'
import type { Config } from '../../src/definitions/schema.js'
import { lint } from '../../src/lint/run.js'
import type { Finding } from '../../src/model/findings.js'
import type { DesiredState } from '../../src/model/state.js'
import { render } from '../../src/render/render.js'
import { BASIC_CONFIG } from './temp-project.js'

export interface Rendered {
  config: Config
  state: DesiredState
  findings: Finding[]
}

/** A fixed clock for time-bound grants (`expires`), so renders do not depend on the day tests run. */
export const RENDER_NOW = new Date('2026-06-15T12:00:00Z')

export function renderProject(
  definitions: Record<string, string>,
  configText = BASIC_CONFIG,
  now = RENDER_NOW
): Rendered {
  const loadedConfig = loadConfig({ path: 'rolegate.yml', text: configText })
  if (!loadedConfig.config) throw new Error(`config invalid: ${JSON.stringify(loadedConfig.findings)}`)
  const loaded = loadDefinitions(Object.entries(definitions).map(([path, text]) => ({ path, text })))
  const rendered = render(loadedConfig.config, loaded.definitions, { managedBy: 'acme/infra', now })
  const { findings } = lint(rendered.state, loadedConfig.config, [...loaded.findings, ...rendered.findings])
  return { config: loadedConfig.config, state: rendered.state, findings }
}

export const ECS_TRUST = `trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
`
