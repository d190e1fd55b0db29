import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'

/**
 * The runner sets INPUT_<NAME> for every input declared in action.yml, using the declared
 * default (with `${{ ... }}` expressions evaluated) when the workflow does not pass one.
 */

export type ExpressionValues = Record<string, string>

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown } | null>
}

/** Evaluates the `${{ github.* }}` expressions a workflow or action.yml may use in an input value. */
export function evaluateExpressions(template: string, values: ExpressionValues, input: string): string {
  return template.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_match, expression: string) => {
    const value = values[expression]
    if (value === undefined) {
      throw new Error(
        `harness: input '${input}' uses \${{ ${expression} }}, which the harness does not evaluate ` +
          `(known: ${Object.keys(values).join(', ')}); pass the input explicitly`
      )
    }
    return value
  })
}

export async function actionInputDefaults(
  actionYml: string,
  values: ExpressionValues
): Promise<Record<string, string>> {
  const metadata = parse(await readFile(actionYml, 'utf8')) as ActionMetadata | null
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(metadata?.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue
    defaults[name] = evaluateExpressions(String(spec.default), values, name)
  }
  return defaults
}

/** The env var name the runner uses for an input: upper case, spaces to underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}
