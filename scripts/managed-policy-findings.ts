/**
 * Per-rule finding counts on every AWS managed policy, for before/after comparisons of rule changes
 * (issue 13's closing note). Figures to read, never asserted (this is not a test).
 *
 *   npx tsx scripts/managed-policy-findings.ts [--json]
 *
 * Each policy of src/policy/data/aws-managed-policies.json (`npm run generate` writes it) is linted
 * as a kind: ManagedPolicy document, all of them in one environment without roles, every
 * implemented rule run directly as __tests__/lint/grammar-precision.test.ts does: no suppressions,
 * no per-file cap. A finding counts under its rule's default severity (rolegate.yml could change it).
 */
import { parseArgs } from 'node:util'
import { RULES } from '../src/lint/catalog.js'
import { IMPLEMENTED_RULES } from '../src/lint/rules/index.js'
import type { Severity } from '../src/model/findings.js'
import { awsManagedLintContext } from '../__tests__/support/aws-managed-context.js'

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })

const context = awsManagedLintContext('managed-policy-findings')
const { environment } = context
const policies = environment.managedPolicies

interface Row {
  rule: string
  severity: Severity
  findings: number
  /** Distinct policies with at least one finding of the rule. */
  policies: number
}

const rows: Row[] = []
for (const rule of IMPLEMENTED_RULES) {
  const hits = [...rule.check(context)]
  rows.push({
    rule: rule.id,
    severity: RULES.get(rule.id)?.defaultSeverity ?? 'error',
    findings: hits.length,
    policies: new Set(hits.map(hit => hit.policy ?? hit.role ?? '')).size
  })
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
rows.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule))

if (values.json) {
  console.log(JSON.stringify({ policies: policies.length, rows }, null, 2))
} else {
  const count = (row: Row, severity: Severity): string =>
    row.severity === severity ? String(row.findings) : ''
  const table = [
    ['rule', 'errors', 'warnings', 'notices', 'policies'],
    ...rows.map(row => [
      row.rule,
      count(row, 'error'),
      count(row, 'warning'),
      count(row, 'notice'),
      String(row.policies)
    ])
  ]
  const total = (severity: Severity): number =>
    rows.filter(row => row.severity === severity).reduce((sum, row) => sum + row.findings, 0)
  table.push(['total', String(total('error')), String(total('warning')), String(total('notice')), ''])
  const widths = table[0].map((_, column) => Math.max(...table.map(line => line[column].length)))
  console.log(`${policies.length} AWS managed policies, each linted as a kind: ManagedPolicy document`)
  console.log()
  for (const [index, line] of table.entries()) {
    console.log(
      `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`
    )
    if (index === 0)
      console.log(
        `|${widths.map((width, column) => (column === 0 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`
      )
  }
}
