/**
 * Reads the rule docs written by hand (docs/rules/<id>.md with <id>.bad.yml, <id>.good.yml and
 * <id>.config.yml; format in docs/rules/README.md) and writes
 * - src/lint/data/rule-docs.json, which src/lint/rule-docs.ts imports, so the bundles in dist/
 *   carry the text (the SARIF help) without reading docs/ at run time;
 * - docs/rules.md, from that text, the parts computed from code and the catalog (src/lint/catalog.ts).
 * Deterministic; __tests__/lint/rule-docs.test.ts fails when either file is stale.
 * Run: npx tsx scripts/generate-rule-docs.ts
 */
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { RULES } from '../src/lint/catalog.js'
import { renderRulesMarkdown, ruleDocsWithComputedParts, type RuleDoc } from '../src/lint/rule-docs.js'

export const RULE_DOCS_DIR = new URL('../docs/rules/', import.meta.url)
export const RULE_DOCS_JSON = new URL('../src/lint/data/rule-docs.json', import.meta.url)
export const RULES_MD = new URL('../docs/rules.md', import.meta.url)

/** The sections of docs/rules/<id>.md, in this order; the first three are required. */
const SECTIONS = [
  ['What it checks', 'what'],
  ['Why it matters', 'why'],
  ['How to fix', 'fix'],
  ['Reference', 'reference'],
  ['Note', 'note']
] as const
const REQUIRED = new Set(['what', 'why', 'fix'])

/** Front matter lines docs/rules/<id>.md may have, and what each sets. */
const FRONT_MATTER: Record<string, Partial<RuleDoc>> = {
  'illustrative: true': { illustrative: true },
  'suppressible: false': { suppressible: false }
}

/** A file of docs/rules/: README.md, or <id>.md, <id>.bad.yml, <id>.good.yml, <id>.config.yml. */
const FILE = /^(.+?)(\.md|\.bad\.yml|\.good\.yml|\.config\.yml)$/

/** Reads docs/rules/<id>.md and its examples, for every catalog rule, in catalog order. */
export function readRuleSources(
  dir: URL = RULE_DOCS_DIR,
  ids: readonly string[] = [...RULES.keys()]
): Record<string, RuleDoc> {
  const known = new Set(ids)
  for (const file of readdirSync(dir)) {
    if (file === 'README.md') continue
    const id = FILE.exec(file)?.[1]
    if (id === undefined || !known.has(id))
      throw new Error(
        `docs/rules/${file}: not a file of a catalog rule (expected <rule-id>.md, .bad.yml, .good.yml or .config.yml; rule ids are in src/lint/catalog.ts)`
      )
  }
  const docs: Record<string, RuleDoc> = {}
  for (const id of ids) docs[id] = readRule(dir, id)
  return docs
}

function readRule(dir: URL, id: string): RuleDoc {
  const where = `docs/rules/${id}.md`
  const text = readText(dir, `${id}.md`)
  if (text === undefined)
    throw new Error(`${where}: missing; every catalog rule has one (see docs/rules/README.md)`)
  const { flags, body } = frontMatter(text, where)
  const title = /^# (.+)\n/.exec(body)
  if (!title || title[1] !== id) throw new Error(`${where}: must start with the heading "# ${id}"`)
  const prose: Partial<Record<(typeof SECTIONS)[number][1], string>> = {}
  let last = -1
  for (const section of body.slice(title[0].length).split(/^(?=## )/m)) {
    if (section.trim() === '') continue
    const heading = /^## (.+)\n/.exec(section)
    if (!heading)
      throw new Error(`${where}: text before the first "## " section: ${section.trim().slice(0, 60)}`)
    const index = SECTIONS.findIndex(([name]) => name === heading[1])
    if (index < 0)
      throw new Error(
        `${where}: unknown section "## ${heading[1]}"; sections are ${SECTIONS.map(([name]) => `"## ${name}"`).join(', ')}`
      )
    if (index <= last)
      throw new Error(
        `${where}: section "## ${heading[1]}" is repeated or out of order (see docs/rules/README.md)`
      )
    last = index
    const content = section.slice(heading[0].length).replace(/^\n+/, '').replace(/\n+$/, '')
    if (content.trim() === '') throw new Error(`${where}: section "## ${heading[1]}" is empty`)
    prose[SECTIONS[index][1]] = content
  }
  for (const [name, key] of SECTIONS)
    if (REQUIRED.has(key) && prose[key] === undefined)
      throw new Error(`${where}: section "## ${name}" is missing`)
  const example = (suffix: string): string | undefined => {
    const yaml = readText(dir, `${id}.${suffix}.yml`)
    return yaml === undefined ? undefined : yaml.replace(/\n$/, '')
  }
  const bad = example('bad')
  const good = example('good')
  if (bad === undefined || good === undefined)
    throw new Error(
      `docs/rules/${id}.${bad === undefined ? 'bad' : 'good'}.yml: missing; every rule has a bad and a good example`
    )
  const config = example('config')
  return {
    what: prose.what!,
    why: prose.why!,
    fix: prose.fix!,
    bad,
    good,
    ...(config !== undefined ? { config } : {}),
    ...flags,
    ...(prose.note !== undefined ? { note: prose.note } : {}),
    ...(prose.reference !== undefined ? { reference: prose.reference } : {})
  }
}

function frontMatter(text: string, where: string): { flags: Partial<RuleDoc>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n?/.exec(text)
  if (!match) return { flags: {}, body: text }
  const flags: Partial<RuleDoc> = {}
  for (const line of match[1].split('\n')) {
    if (!Object.hasOwn(FRONT_MATTER, line))
      throw new Error(
        `${where}: front matter line "${line}" is not one of ${Object.keys(FRONT_MATTER)
          .map(known => `"${known}"`)
          .join(', ')}`
      )
    Object.assign(flags, FRONT_MATTER[line])
  }
  return { flags, body: text.slice(match[0].length) }
}

/** A file's text with LF line ends, or undefined when it does not exist. */
function readText(dir: URL, file: string): string | undefined {
  const url = new URL(file, dir)
  if (!existsSync(url)) return undefined
  const text = readFileSync(url, 'utf8')
  if (text.includes('\r')) throw new Error(`docs/rules/${file}: has CR line ends; use LF`)
  return text
}

/** The text of src/lint/data/rule-docs.json for these sources. */
export function ruleDocsJson(sources: Record<string, RuleDoc>): string {
  return JSON.stringify(sources, null, 2) + '\n'
}

function main(): void {
  const sources = readRuleSources()
  writeFileSync(RULE_DOCS_JSON, ruleDocsJson(sources))
  // The module's RULE_DOCS were imported from the JSON as it was before this run: render from the sources.
  writeFileSync(RULES_MD, renderRulesMarkdown(RULES, ruleDocsWithComputedParts(sources)))
  console.log('wrote src/lint/data/rule-docs.json and docs/rules.md')
}

// Run as a script (npx tsx scripts/generate-rule-docs.ts), not when a test imports it.
if (
  process.argv[1] !== undefined &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
)
  main()
