import { errors } from '../core/errors.js'
import type { Tag } from './model.js'

/** IAM request parameter constraints (from the IAM API reference). */

const NAME_PATTERN = /^[\w+=,.@-]+$/
const PATH_PATTERN = /^(\/|\/[\u0021-\u007e]+\/)$/
const PATH_PREFIX_PATTERN = /^\/[\u0021-\u007f]*$/
const DESCRIPTION_PATTERN = /^[\t\n\r\u0020-\u007e\u00a1-\u00ff]*$/
const TAG_KEY_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u
const TAG_VALUE_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const VERSION_ID_PATTERN = /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/
const ARN_PATTERN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy(\/[\u0021-\u007e]+)*\/[\w+=,.@-]+$/

export function checkLength(parameter: string, value: string, min: number, max: number): void {
  if (value.length < min) {
    throw errors.constraint(parameter, value, `Member must have length greater than or equal to ${min}`)
  }
  if (value.length > max) {
    throw errors.constraint(parameter, value, `Member must have length less than or equal to ${max}`)
  }
}

export function checkName(parameter: string, value: string, max: number): string {
  checkLength(parameter, value, 1, max)
  if (!NAME_PATTERN.test(value)) {
    throw errors.constraint(parameter, value, 'Member must satisfy regular expression pattern: [\\w+=,.@-]+')
  }
  return value
}

export function checkPath(parameter: string, value: string | undefined): string {
  if (value === undefined) return '/'
  checkLength(parameter, value, 1, 512)
  if (!PATH_PATTERN.test(value)) {
    throw errors.constraint(
      parameter,
      value,
      'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)'
    )
  }
  return value
}

export function checkPathPrefix(value: string | undefined): string {
  if (value === undefined) return '/'
  checkLength('PathPrefix', value, 1, 512)
  if (!PATH_PREFIX_PATTERN.test(value)) {
    throw errors.constraint(
      'PathPrefix',
      value,
      'Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*'
    )
  }
  return value
}

export function checkDescription(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  checkLength('Description', value, 0, 1000)
  if (!DESCRIPTION_PATTERN.test(value)) {
    throw errors.constraint(
      'Description',
      value,
      'Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*'
    )
  }
  return value
}

export function checkMaxSessionDuration(value: number | undefined): number | undefined {
  if (value === undefined) return undefined
  if (value < 3600) {
    throw errors.constraint(
      'MaxSessionDuration',
      String(value),
      'Member must have value greater than or equal to 3600'
    )
  }
  if (value > 43200) {
    throw errors.constraint(
      'MaxSessionDuration',
      String(value),
      'Member must have value less than or equal to 43200'
    )
  }
  return value
}

export function checkMaxItems(value: number | undefined): number {
  if (value === undefined) return 100
  if (value < 1)
    throw errors.constraint('MaxItems', String(value), 'Member must have value greater than or equal to 1')
  if (value > 1000)
    throw errors.constraint('MaxItems', String(value), 'Member must have value less than or equal to 1000')
  return value
}

export function checkPolicyArn(parameter: string, value: string): string {
  checkLength(parameter, value, 20, 2048)
  if (!ARN_PATTERN.test(value)) throw errors.invalidInput(`ARN ${value} is not valid.`)
  return value
}

export function checkVersionId(value: string): string {
  if (!VERSION_ID_PATTERN.test(value)) {
    throw errors.constraint(
      'VersionId',
      value,
      'Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?'
    )
  }
  return value
}

export function checkPolicyDocumentLength(parameter: string, value: string): string {
  checkLength(parameter, value, 1, 131072)
  return value
}

/** Validates request tags: count, key/value lengths and patterns, no duplicate keys (case-insensitive). */
export function checkTags(
  tags: Array<Partial<Record<'Key' | 'Value', string>>> | undefined,
  max: number
): Tag[] {
  if (tags === undefined) return []
  if (tags.length > max) {
    throw errors.constraint(
      'Tags',
      `${tags.length} tags`,
      `Member must have length less than or equal to ${max}`
    )
  }
  const seen = new Set<string>()
  return tags.map(tag => {
    const key = tag.Key
    if (key === undefined) throw errors.constraint('Key', undefined, 'Member must not be null')
    const value = tag.Value ?? ''
    checkTagKey(key)
    checkLength('Value', value, 0, 256)
    if (!TAG_VALUE_PATTERN.test(value)) {
      throw errors.constraint(
        'Value',
        value,
        'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*'
      )
    }
    if (seen.has(key.toLowerCase())) {
      throw errors.invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.')
    }
    seen.add(key.toLowerCase())
    return { Key: key, Value: value }
  })
}

export function checkTagKey(key: string): string {
  checkLength('Key', key, 1, 128)
  if (!TAG_KEY_PATTERN.test(key)) {
    throw errors.constraint(
      'Key',
      key,
      'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+'
    )
  }
  if (key.toLowerCase().startsWith('aws:')) {
    throw errors.invalidInput(`User-defined tag keys can't start with 'aws:'. Tag key: ${key}`)
  }
  return key
}

/** Merges tags into an existing set (keys compare case-insensitively), enforcing the per-resource quota. */
export function mergeTags(existing: Tag[], added: Tag[], max: number, quotaName: string): Tag[] {
  const merged = existing.map(tag => ({ ...tag }))
  for (const tag of added) {
    const index = merged.findIndex(t => t.Key.toLowerCase() === tag.Key.toLowerCase())
    if (index >= 0) merged[index] = { ...tag }
    else merged.push({ ...tag })
  }
  if (merged.length > max) throw errors.limitExceeded(`Cannot exceed quota for ${quotaName}: ${max}`)
  return merged
}
