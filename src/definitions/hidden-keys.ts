/**
 * zod never looks at a record's `__proto__` key: it validates neither the key nor its value (so
 * that its own output object keeps its prototype). RoleGate validates the loaded values in place
 * and uses them as they are, where `__proto__` is an ordinary own key (a tag, an inline policy
 * name) that must obey the schema like any other: `environments: { __proto__: {} }` must not
 * reach rendering with no account and no region. This walks the schema and the value together and
 * validates every own `__proto__` key of a record, and its value, the way zod validates the rest.
 */
import type { z } from 'zod'

type Issue = z.core.$ZodIssue
type Path = (string | number)[]

interface Def {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  getter?: () => z.ZodType
  options?: z.ZodType[]
  discriminator?: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  keyType?: z.ZodType
  valueType?: z.ZodType
  element?: z.ZodType
}

const HIDDEN = '__proto__'

/** Issues zod would have reported for the own `__proto__` keys of records in `value`. */
export function hiddenKeyIssues(schema: z.ZodType, value: unknown): Issue[] {
  const issues: Issue[] = []
  walk(schema, value, [], issues, 0)
  return issues
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function walk(schema: z.ZodType, value: unknown, path: Path, issues: Issue[], depth: number): void {
  if (depth > 200) return // schemas nest a dozen levels; values are bounded by the parser
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (def.innerType) walk(def.innerType, value, path, issues, depth + 1)
      return
    case 'pipe':
      if (def.in) walk(def.in, value, path, issues, depth + 1)
      return
    case 'lazy':
      if (def.getter) walk(def.getter(), value, path, issues, depth + 1)
      return
    case 'union': {
      const option = chooseOption(def, value)
      if (option) walk(option, value, path, issues, depth + 1)
      return
    }
    case 'object':
      if (!isRecord(value)) return
      for (const [key, child] of Object.entries(def.shape ?? {}))
        if (Object.hasOwn(value, key)) walk(child, value[key], [...path, key], issues, depth + 1)
      if (def.catchall)
        for (const key of Object.keys(value))
          if (!Object.hasOwn(def.shape ?? {}, key))
            walk(def.catchall, value[key], [...path, key], issues, depth + 1)
      return
    case 'record':
      if (!isRecord(value) || !def.valueType) return
      if (Object.hasOwn(value, HIDDEN)) checkHidden(def, value[HIDDEN], [...path, HIDDEN], issues)
      for (const key of Object.keys(value)) walk(def.valueType, value[key], [...path, key], issues, depth + 1)
      return
    case 'array':
      if (!Array.isArray(value) || !def.element) return
      value.forEach((item, index) => walk(def.element!, item, [...path, index], issues, depth + 1))
      return
    default:
      return
  }
}

/** The key itself against the record's key schema, and its value against the value schema. */
function checkHidden(def: Def, value: unknown, path: Path, issues: Issue[]): void {
  const key = def.keyType?.safeParse(HIDDEN)
  if (key && !key.success) {
    issues.push({
      code: 'custom',
      message: `key "${HIDDEN}" is not allowed here: ${key.error.issues.map(issue => issue.message).join('; ')}`,
      path,
      input: HIDDEN
    } as Issue)
    return
  }
  const result = def.valueType!.safeParse(value, { reportInput: true })
  if (!result.success)
    for (const issue of result.error.issues)
      issues.push({ ...issue, path: [...path, ...issue.path] } as Issue)
}

/** The union member the value is meant as: by discriminator, else the first that accepts it. */
function chooseOption(def: Def, value: unknown): z.ZodType | undefined {
  const options = def.options ?? []
  if (def.discriminator && isRecord(value)) {
    const wanted = value[def.discriminator]
    return options.find(option => {
      const field = defOf(option).shape?.[def.discriminator!]
      const values = (field as unknown as { _zod?: { def?: { values?: unknown[] } } })?._zod?.def?.values
      return values?.includes(wanted)
    })
  }
  return options.find(option => option.safeParse(value).success) ?? options[0]
}
