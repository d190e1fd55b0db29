/**
 * The text of an imported definition file: the schema modeline, one line that records a digest of
 * what import wrote, and the definition as YAML (js-yaml, no line folding, keys in the order given).
 *
 * The digest is how a later import knows whether a person changed the file since: it merges into a
 * file whose body still has the recorded digest, and leaves any other file alone unless --force.
 * Lines `adopt: true` do not count, so dropping adopt after the first deploy is not a change.
 */
import { createHash } from 'node:crypto'
import { dump } from 'js-yaml'
import type { WrittenDefinition } from './model.js'

const DIGEST_LINE = /^# rolegate import digest: ([0-9a-f]{16})\b.*$/m

export function definitionFileText(definition: WrittenDefinition, modeline?: string): string {
  const body = dump(definition, { lineWidth: -1, noRefs: true, quotingType: '"' })
  const rest = `${modeline ? `${modeline}\n` : ''}${body}`
  const line = `# rolegate import digest: ${digest(rest)} (when this file changes, rolegate import leaves it alone unless --force)`
  return modeline ? `${modeline}\n${line}\n${body}` : `${line}\n${body}`
}

/** True when `text` is a file import wrote and nobody changed since (beyond dropping `adopt: true`). */
export function unchangedSinceImport(text: string): boolean {
  const match = DIGEST_LINE.exec(text)
  if (!match) return false
  const rest = text.slice(0, match.index) + text.slice(match.index + match[0].length + 1)
  return digest(rest) === match[1]
}

/** Of the file without its digest line; `adopt: true` lines do not count. */
function digest(text: string): string {
  const significant = text
    .split('\n')
    .filter(line => line.trim() !== 'adopt: true')
    .join('\n')
  return createHash('sha256').update(significant).digest('hex').slice(0, 16)
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m

/**
 * The modeline for a definition file at `file`: the one the repository's definition files use, or
 * else rolegate.yml's with `rolegate.schema.json` turned into `definition.schema.json`; a relative
 * path is re-based on the new file's folder. Paths are workspace-relative with forward slashes.
 */
export function definitionModeline(
  config: { file: string; text: string },
  definitionFiles: ReadonlyMap<string, string>,
  file: string
): string | undefined {
  for (const [source, text] of definitionFiles) {
    const target = MODELINE.exec(text)?.[1]
    if (target?.endsWith('definition.schema.json')) return modeline(target, source, file)
  }
  const target = MODELINE.exec(config.text)?.[1]
  if (!target?.endsWith('rolegate.schema.json')) return undefined
  return modeline(target.replace(/rolegate\.schema\.json$/, 'definition.schema.json'), config.file, file)
}

function modeline(target: string, source: string, file: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/'))
    return `# yaml-language-server: $schema=${target}`
  const absolute = normalize([...folderOf(source), ...target.split('/')])
  const from = folderOf(file)
  let common = 0
  while (common < from.length && common < absolute.length - 1 && from[common] === absolute[common]) common++
  const relative = [...from.slice(common).map(() => '..'), ...absolute.slice(common)].join('/')
  return `# yaml-language-server: $schema=${relative}`
}

const folderOf = (file: string) => file.split('/').slice(0, -1).filter(Boolean)

function normalize(parts: readonly string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out
}
