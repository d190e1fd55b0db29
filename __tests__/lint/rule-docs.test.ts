import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse, parseAllDocuments, stringify } from 'yaml'
import { readRuleSources, RULE_DOCS_JSON, ruleDocsJson, RULES_MD } from '../../scripts/generate-rule-docs.js'
import { RULES } from '../../src/lint/catalog.js'
import { IMPLEMENTED_RULES } from '../../src/lint/rules/index.js'
import { RULE_DOCS, renderRulesMarkdown, type RuleDoc } from '../../src/lint/rule-docs.js'
import { actionDocsLinks, ruleDocUrl } from '../../src/report/docs-links.js'
import { renderProject } from '../support/render-project.js'

/** What is written in docs/rules/: <id>.md and the .yml examples, read as the generator reads them. */
const SOURCES = readRuleSources()

/** The rolegate.yml the examples are written for (docs/rules.md says so). */
const EXAMPLE_CONFIG = {
  version: 1,
  project: 'llm-models',
  environments: {
    dev: { account: '111111111111', region: 'us-east-1' },
    staging: { account: '222222222222', region: 'us-east-1' },
    prod: { account: '333333333333', region: 'us-east-1', protected: true }
  }
}

/** Rules that run today: load/render rules, the runner's unused-suppression, and the lint rules. */
const RUNNING = new Set([
  'schema',
  'unknown-variable',
  'duplicate-name',
  'unknown-reference',
  'naming-convention',
  'unused-suppression',
  ...IMPLEMENTED_RULES.map(rule => rule.id)
])

function merge(base: unknown, extra: unknown): unknown {
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return extra
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) return extra
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [key, value] of Object.entries(extra)) result[key] = merge(result[key], value)
  return result
}

function configFor(doc: RuleDoc): string {
  return stringify(doc.config ? merge(EXAMPLE_CONFIG, parse(doc.config)) : EXAMPLE_CONFIG)
}

function rulesRaisedBy(doc: RuleDoc, example: string): string[] {
  const { findings } = renderProject({ 'iam/example.yml': example }, configFor(doc))
  return findings.filter(finding => !finding.suppressed).map(finding => finding.rule)
}

describe('rule docs', () => {
  it('documents every catalog rule, and only catalog rules', () => {
    const catalog = [...RULES.keys()].sort()
    expect(Object.keys(RULE_DOCS).sort()).toEqual(catalog)
    expect(Object.keys(SOURCES).sort()).toEqual(catalog)
  })

  it.each(Object.entries(SOURCES))(
    '%s: has what, why, fix and two examples that parse as YAML',
    (_id, doc) => {
      for (const text of [doc.what, doc.why, doc.fix, doc.bad, doc.good]) expect(text.trim()).not.toBe('')
      // "why" is 1–3 sentences.
      expect(doc.why.split(/[.!?](?:\s|$)/).filter(part => part.trim() !== '').length).toBeLessThanOrEqual(3)
      for (const example of [doc.bad, doc.good, ...(doc.config ? [doc.config] : [])]) {
        const documents = parseAllDocuments(example)
        expect(Array.isArray(documents)).toBe(true)
        for (const document of documents as ReturnType<typeof parseAllDocuments> & unknown[]) {
          expect(document.errors.map(error => error.message)).toEqual([])
        }
      }
      expect(doc.bad).not.toEqual(doc.good)
    }
  )

  it('links every rule to its section of docs/rules.md with an absolute URI', () => {
    for (const id of RULES.keys()) {
      const uri = new URL(
        ruleDocUrl(
          id,
          actionDocsLinks({ GITHUB_ACTION_REPOSITORY: 'acme/rolegate', GITHUB_ACTION_REF: 'v1' })
        )!
      )
      expect(uri.protocol).toBe('https:')
      expect(uri.pathname.endsWith('/docs/rules.md')).toBe(true)
      expect(uri.hash).toBe(`#${id}`)
    }
  })

  it('says how Deny statements count in the same words wherever it says it', () => {
    // The paragraph is copied into each docs/rules/<id>.md that needs it; a copy must not diverge.
    const start = 'Deny statements count as IAM counts them'
    const copies = Object.entries(SOURCES)
      .filter(([, doc]) => doc.what.includes(start))
      .map(([id, doc]) => [id, doc.what.slice(doc.what.indexOf(start))])
    expect(copies.length).toBeGreaterThan(1)
    for (const [id, paragraph] of copies) expect([id, paragraph]).toEqual([id, copies[0][1]])
  })

  const runnable = Object.entries(SOURCES).filter(([id, doc]) => RUNNING.has(id) && !doc.illustrative)

  it.each(runnable)('%s: the bad example raises the rule and the good one does not', (id, doc) => {
    expect(rulesRaisedBy(doc, doc.bad)).toContain(id)
    expect(rulesRaisedBy(doc, doc.good)).not.toContain(id)
  })

  it('good examples of running rules raise no errors at all', () => {
    const errors = runnable.flatMap(([id, doc]) => {
      const { findings } = renderProject({ 'iam/example.yml': doc.good }, configFor(doc))
      return findings
        .filter(finding => finding.severity === 'error')
        .map(finding => `${id}: ${finding.rule} ${finding.message}`)
    })
    expect(errors).toEqual([])
  })
})

describe('src/lint/data/rule-docs.json', () => {
  it('is up to date with docs/rules/ (run: npx tsx scripts/generate-rule-docs.ts)', () => {
    expect(readFileSync(RULE_DOCS_JSON, 'utf8')).toBe(ruleDocsJson(SOURCES))
  })
})

describe('docs/rules/ sources', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rolegate-rule-docs-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const GOOD_MD = '# demo\n\n## What it checks\n\nW.\n\n## Why it matters\n\nY.\n\n## How to fix\n\nF.\n'

  function read(files: Record<string, string>): Record<string, RuleDoc> {
    const examples = { 'demo.bad.yml': 'bad: 1\n', 'demo.good.yml': 'good: 1\n' }
    for (const [file, text] of Object.entries({ ...examples, ...files }))
      writeFileSync(path.join(dir, file), text)
    return readRuleSources(pathToFileURL(`${dir}/`), ['demo'])
  }

  it('reads the sections, front matter and examples of a rule', () => {
    const md = `---\nillustrative: true\n---\n\n${GOOD_MD}\n## Note\n\nN.\n`
    expect(read({ 'demo.md': md, 'demo.config.yml': 'limits: {}\n', 'README.md': 'about' })).toEqual({
      demo: {
        what: 'W.',
        why: 'Y.',
        fix: 'F.',
        bad: 'bad: 1',
        good: 'good: 1',
        config: 'limits: {}',
        illustrative: true,
        note: 'N.'
      }
    })
  })

  it.each([
    [
      'a section it does not know',
      { 'demo.md': `${GOOD_MD}\n## Notes\n\nN.\n` },
      /unknown section "## Notes"/
    ],
    [
      'a missing section',
      { 'demo.md': GOOD_MD.replace('## How to fix\n\nF.\n', '') },
      /section "## How to fix" is missing/
    ],
    ['sections out of order', { 'demo.md': `${GOOD_MD}\n## What it checks\n\nW.\n` }, /out of order/],
    [
      'another title',
      { 'demo.md': GOOD_MD.replace('# demo', '# other') },
      /must start with the heading "# demo"/
    ],
    ['unknown front matter', { 'demo.md': `---\nillustrative: yes\n---\n\n${GOOD_MD}` }, /front matter line/],
    [
      'a file of no catalog rule',
      { 'demo.md': GOOD_MD, 'dmeo.bad.yml': 'x: 1\n' },
      /docs\/rules\/dmeo\.bad\.yml: not a file/
    ],
    ['a rule without its doc', {}, /docs\/rules\/demo\.md: missing/]
  ])('rejects %s, naming the file', (_what, files, message) => {
    expect(() => read(files)).toThrow(message)
  })

  it('rejects a rule without a good example', () => {
    writeFileSync(path.join(dir, 'demo.md'), GOOD_MD)
    writeFileSync(path.join(dir, 'demo.bad.yml'), 'bad: 1\n')
    expect(() => readRuleSources(pathToFileURL(`${dir}/`), ['demo'])).toThrow(/demo\.good\.yml: missing/)
  })
})

describe('docs/rules.md', () => {
  const text = readFileSync(RULES_MD, 'utf8')

  it('is up to date with the catalog and docs/rules/ (run: npx tsx scripts/generate-rule-docs.ts)', () => {
    expect(text).toBe(renderRulesMarkdown())
  })

  it('has a "## rule-id" section per rule, so helpUri anchors resolve', () => {
    const headings = [...text.matchAll(/^## (.+)$/gm)].map(match => match[1])
    for (const id of RULES.keys()) expect(headings).toContain(id)
  })

  it('indexes every rule with its family and default severity', () => {
    for (const rule of RULES.values()) {
      expect(text).toContain(`| [\`${rule.id}\`](#${rule.id}) |`)
      expect(text).toMatch(
        new RegExp(`\\| \\[\`${rule.id}\`\\]\\(#${rule.id}\\) \\| [^|]+ \\| ${rule.defaultSeverity} \\|`)
      )
    }
  })

  it('is deterministic', () => {
    expect(renderRulesMarkdown()).toBe(renderRulesMarkdown())
  })
})
