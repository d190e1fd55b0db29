/**
 * `{name}` variables. IAM's own policy variables (`${aws:username}`) are left alone, as is
 * anything else that starts with `$`.
 */
import { copyOwnPosition, copyPosition, positionOf, type SourceLocation } from '../model/source.js'

const VARIABLE = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g

export interface UnknownVariable {
  name: string
  location?: SourceLocation
}

export function substituteString(
  text: string,
  variables: Readonly<Record<string, string>>,
  onUnknown: (name: string) => void
): string {
  if (!text.includes('{')) return text
  return text.replace(VARIABLE, (whole, name: string) => {
    const value = variables[name]
    if (value === undefined) {
      onUnknown(name)
      return whole
    }
    return value
  })
}

/**
 * Returns a copy of `value` with variables substituted in every string (keys included), keeping
 * source positions on the copies so later findings still point at the YAML.
 */
export function substituteDeep(
  value: unknown,
  variables: Readonly<Record<string, string>>,
  unknown: UnknownVariable[],
  location?: SourceLocation
): unknown {
  if (typeof value === 'string') {
    return substituteString(value, variables, name => unknown.push({ name, location }))
  }
  if (Array.isArray(value)) {
    const copy = value.map((item, index) =>
      substituteDeep(item, variables, unknown, positionOf(value, index) ?? location)
    )
    copyOwnPosition(value, copy)
    value.forEach((_, index) => copyPosition(value, index, copy, index))
    return copy
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    copyOwnPosition(value, copy)
    for (const [key, item] of Object.entries(value)) {
      const keyLocation = positionOf(value, key) ?? location
      const newKey = substituteString(key, variables, name => unknown.push({ name, location: keyLocation }))
      copy[newKey] = substituteDeep(item, variables, unknown, keyLocation)
      copyPosition(value, key, copy, newKey)
    }
    return copy
  }
  return value
}
