/**
 * `{name}` variables. IAM's own policy variables (`${aws:username}`) are left alone, as is
 * anything else that starts with `$`.
 */
import { copyPosition, linkPositions, positionOf, type SourceLocation } from '../model/source.js'
import { own, setOwn } from '../util/own.js'
import { didYouMean } from '../util/suggest.js'

const VARIABLE = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g

/**
 * The variables RoleGate defines: an environment's `variables` may not reuse these names (the
 * built-in would win, and `{name}` is each definition's logical name in `naming`).
 */
export const BUILT_IN_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['project', 'the project in rolegate.yml'],
  ['environment', "the environment's name"],
  ['account', "the environment's account id"],
  ['region', "the environment's region"],
  ['partition', "the environment's partition"],
  ['name', "a definition's logical name, in naming"]
])

/** A problem with one of an environment's `variables`, by its name. */
export interface VariableProblem {
  variable: string
  message: string
}

/**
 * What is wrong with an environment's `variables`: a name that shadows a built-in, and, in a
 * value, a `{name}` that is neither a built-in nor another variable of the environment, or a
 * chain of references that comes back to the variable (which would have no value). A value may
 * use the built-ins (except `{name}`) and the environment's other variables: renderVariables.
 */
export function variableProblems(variables: Readonly<Record<string, unknown>>): VariableProblem[] {
  const problems: VariableProblem[] = []
  const references = new Map<string, string[]>()
  for (const [variable, value] of Object.entries(variables)) {
    const builtIn = BUILT_IN_VARIABLES.get(variable)
    if (builtIn !== undefined)
      problems.push({
        variable,
        message: `{${variable}} is built in (${builtIn}) and wins over a variable of the same name; give this variable another name`
      })
    if (typeof value !== 'string') continue
    const names = [...value.matchAll(VARIABLE)].map(match => match[1])
    references.set(variable, names)
    for (const name of new Set(names)) {
      if (name === 'name')
        problems.push({
          variable,
          message: `{name} is a definition's logical name, known only in naming, not in variables; write the value out`
        })
      else if (!BUILT_IN_VARIABLES.has(name) && !Object.hasOwn(variables, name))
        problems.push({
          variable,
          message: `unknown variable {${name}}${didYouMean(
            name,
            [...BUILT_IN_VARIABLES.keys(), ...Object.keys(variables)].filter(known => known !== 'name')
          )}; a variable's value may use {project}, {environment}, {account}, {region}, {partition} and the environment's other variables`
        })
    }
  }
  for (const variable of references.keys()) {
    const loop = loopFrom(variable, references)
    if (loop)
      problems.push({
        variable,
        message: `refers to itself (${loop.map(name => `{${name}}`).join(' → ')}), so it has no value; break the loop`
      })
  }
  return problems
}

/** The shortest chain of references from `start` back to it, if there is one. */
function loopFrom(start: string, references: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const previous = new Map<string, string>()
  const queue = [start]
  for (let index = 0; index < queue.length; index++) {
    const current = queue[index]
    for (const next of references.get(current) ?? []) {
      if (next === start) {
        const chain = [start]
        for (let at: string | undefined = current; at !== start && at !== undefined; at = previous.get(at))
          chain.splice(1, 0, at)
        return [...chain, start]
      }
      if (!previous.has(next) && references.has(next) && next !== start) {
        previous.set(next, current)
        queue.push(next)
      }
    }
  }
  return undefined
}

/**
 * An environment's `{name}` variables: its `variables` with the `{references}` in their values
 * rendered (checked by variableProblems when rolegate.yml loads), then the built-ins.
 */
export function renderVariables(
  variables: Readonly<Record<string, string | number | boolean>>,
  builtIns: Readonly<Record<string, string>>
): Record<string, string> {
  const rendered: Record<string, string> = {}
  const rendering = new Set<string>()
  const valueOf = (variable: string): string | undefined => {
    const builtIn = own(builtIns, variable)
    if (builtIn !== undefined) return builtIn
    const done = own(rendered, variable)
    if (done !== undefined) return done
    const value = own(variables, variable)
    if (value === undefined || rendering.has(variable)) return undefined
    rendering.add(variable)
    const text = replaceVariables(String(value), valueOf, () => {})
    rendering.delete(variable)
    setOwn(rendered, variable, text)
    return text
  }
  for (const variable of Object.keys(variables)) valueOf(variable)
  return { ...rendered, ...builtIns }
}

export interface UnknownVariable {
  name: string
  /** Where it was written: resolved only when one is reported (rare), not for every string. */
  container?: object
  key?: string | number
  location?: SourceLocation
}

export function unknownVariableLocation(variable: UnknownVariable): SourceLocation | undefined {
  return (variable.container && positionOf(variable.container, variable.key)) || variable.location
}

export function substituteString(
  text: string,
  variables: Readonly<Record<string, string>>,
  onUnknown: (name: string) => void
): string {
  // Own properties only: `{constructor}` or `{toString}` is an unknown variable, not Object's.
  return replaceVariables(text, name => own(variables, name), onUnknown)
}

function replaceVariables(
  text: string,
  lookup: (name: string) => string | undefined,
  onUnknown: (name: string) => void
): string {
  if (!text.includes('{')) return text
  return text.replace(VARIABLE, (whole, name: string) => {
    const value = lookup(name)
    if (value === undefined) {
      onUnknown(name)
      return whole
    }
    return value
  })
}

/**
 * `value` with variables substituted in every string (keys included). Subtrees without variables
 * are returned as they are, not copied (most of a policy has none, and rendering runs once per
 * environment); a copy answers position questions from its original, so findings still point at
 * the YAML. Rendered values may be shared between environments: nothing downstream modifies them.
 */
export function substituteDeep(
  value: unknown,
  variables: Readonly<Record<string, string>>,
  unknown: UnknownVariable[],
  location?: SourceLocation,
  container?: object,
  key?: string | number
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{')) return value
    return substituteString(value, variables, name => unknown.push({ name, container, key, location }))
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let index = 0; index < value.length; index++) {
      const item = value[index]
      const rendered = substituteDeep(item, variables, unknown, location, value, index)
      if (rendered !== item && !copy) copy = value.slice(0, index)
      copy?.push(rendered)
    }
    if (!copy) return value
    linkPositions(value, copy)
    return copy
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined
    const entries = Object.entries(value)
    for (let index = 0; index < entries.length; index++) {
      const [name, item] = entries[index]
      const newName = name.includes('{')
        ? substituteString(name, variables, variable =>
            unknown.push({ name: variable, container: value, key: name, location })
          )
        : name
      const rendered = substituteDeep(item, variables, unknown, location, value, name)
      if (!copy && (newName !== name || rendered !== item)) {
        copy = Object.fromEntries(entries.slice(0, index))
        linkPositions(value, copy)
      }
      if (copy) {
        setOwn(copy, newName, rendered)
        if (newName !== name) copyPosition(value, name, copy, newName)
      }
    }
    return copy ?? value
  }
  return value
}
