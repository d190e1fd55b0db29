/**
 * `{name}` variables. IAM's own policy variables (`${aws:username}`) are left alone, as is
 * anything else that starts with `$`.
 */
import { copyPosition, linkPositions, positionOf, type SourceLocation } from '../model/source.js'
import { own, setOwn } from '../util/own.js'

const VARIABLE = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g

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
  if (!text.includes('{')) return text
  return text.replace(VARIABLE, (whole, name: string) => {
    // Own properties only: `{constructor}` or `{toString}` is an unknown variable, not Object's.
    const value = own(variables, name)
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
