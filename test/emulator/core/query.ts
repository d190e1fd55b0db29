import { errors } from './errors.js'

/**
 * The parameters of an AWS Query protocol request (`Action=..&Version=..&Tags.member.1.Key=..`),
 * with typed accessors that raise IAM-style validation errors.
 */
export class QueryParams {
  private readonly values: Map<string, string>

  constructor(values: Map<string, string>) {
    this.values = values
  }

  /** Parses a form-encoded body (or URL query string). */
  static parse(form: string): QueryParams {
    const values = new Map<string, string>()
    for (const [key, value] of new URLSearchParams(form)) values.set(key, value)
    return new QueryParams(values)
  }

  has(name: string): boolean {
    return this.values.has(name)
  }

  optional(name: string): string | undefined {
    return this.values.get(name)
  }

  required(name: string): string {
    const value = this.values.get(name)
    if (value === undefined) throw errors.constraint(name, undefined, 'Member must not be null')
    return value
  }

  integer(name: string): number | undefined {
    const raw = this.values.get(name)
    if (raw === undefined) return undefined
    if (!/^-?\d+$/.test(raw))
      throw errors.validation(`Invalid value '${raw}' for parameter ${name}: not an integer`)
    return Number(raw)
  }

  boolean(name: string): boolean | undefined {
    const raw = this.values.get(name)
    if (raw === undefined) return undefined
    if (raw !== 'true' && raw !== 'false') {
      throw errors.validation(`Invalid value '${raw}' for parameter ${name}: expected true or false`)
    }
    return raw === 'true'
  }

  /** A list of scalars: `Name.member.1`, `Name.member.2`, ... (an empty `Name=` is an empty list). */
  list(name: string): string[] | undefined {
    const items: string[] = []
    for (let i = 1; this.values.has(`${name}.member.${i}`); i++)
      items.push(this.values.get(`${name}.member.${i}`) ?? '')
    if (items.length === 0 && !this.values.has(name)) return undefined
    return items
  }

  /** A list of structures: `Name.member.1.Field`, ... */
  structList<F extends string>(
    name: string,
    fields: readonly F[]
  ): Array<Partial<Record<F, string>>> | undefined {
    const items: Array<Partial<Record<F, string>>> = []
    for (let i = 1; ; i++) {
      const prefix = `${name}.member.${i}.`
      const item: Partial<Record<F, string>> = {}
      let present = false
      for (const field of fields) {
        const value = this.values.get(prefix + field)
        if (value !== undefined) {
          item[field] = value
          present = true
        }
      }
      if (!present) break
      items.push(item)
    }
    if (items.length === 0 && !this.values.has(name)) return undefined
    return items
  }
}
