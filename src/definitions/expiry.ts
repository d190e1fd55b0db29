/**
 * The `expires` grammar of time-bound grants, parsed once here: the schema rejects what this
 * cannot parse, and rendering asks it when a grant ends.
 *
 * - A date, `2026-12-31`, means the end of that day in UTC: the grant ends at 2027-01-01T00:00Z.
 * - A timestamp needs a zone, `2026-12-31T18:00:00Z` or `2026-12-31T18:00:00+02:00` (seconds and
 *   fractions optional; a space may stand for the `T`, as YAML allows): without one, the end
 *   would depend on the clock of whoever runs RoleGate.
 *
 * The loader parses YAML with js-yaml's core schema, so an unquoted `2026-12-31` arrives as the
 * string "2026-12-31", as in JSON (a test in __tests__/render/expiry.test.ts keeps it so): there
 * is one form to parse, never a `Date` whose time zone js-yaml chose.
 */

export const EXPIRES_FORMAT =
  'must be a date (2026-12-31: the end of that day UTC) or a timestamp with a zone (2026-12-31T18:00:00Z)'

export const EXPIRES_NEEDS_REASON =
  'a time-bound grant needs a reason: add reason: "…" beside expires, saying why it is temporary (an incident, a ticket)'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/

const DAY_MS = 86_400_000

/** The shape of both forms, for editors (JSON Schema `pattern`); parseExpiry also checks the calendar. */
export const EXPIRES_PATTERN = new RegExp(
  `^(?:${DATE.source.slice(1, -1)}|${TIMESTAMP.source.slice(1, -1)})$`
)

/** The instant a grant ends (exclusive: expired from this instant on), or undefined when `value` is not valid. */
export function parseExpiry(value: string): Date | undefined {
  const date = DATE.exec(value)
  if (date) {
    const [year, month, day] = date.slice(1, 4).map(Number)
    if (!validDay(year, month, day)) return undefined
    return new Date(Date.UTC(year, month - 1, day) + DAY_MS)
  }
  const stamp = TIMESTAMP.exec(value)
  if (!stamp) return undefined
  const [year, month, day, hour, minute] = stamp.slice(1, 6).map(Number)
  const second = stamp[6] === undefined ? 0 : Number(stamp[6])
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined
  const fraction = stamp[7] === undefined ? 0 : Math.floor(Number(stamp[7]) * 1000)
  let offset = 0
  if (stamp[9] !== undefined) {
    const offsetHours = Number(stamp[10])
    const offsetMinutes = Number(stamp[11])
    if (offsetHours > 23 || offsetMinutes > 59) return undefined
    offset = (stamp[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, fraction) - offset)
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}
