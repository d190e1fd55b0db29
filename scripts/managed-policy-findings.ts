/**
 * Findings of every rule on every AWS managed policy, each linted as a kind: ManagedPolicy
 * document (as the precision tests do): a count per rule and severity, to compare before and after
 * a change of the rules. Figures, never asserted (this is not a test).
 *
 *   npx tsx scripts/managed-policy-findings.ts [--rule privilege-escalation] [--list]
 *
 * `--rule` limits the output to one rule (repeatable); `--list` prints each finding, one a line,
 * as `PolicyName: message`, so two runs can be compared with diff.
 */
import { parseArgs } from 'node:util'
import type { Config } from '../src/definitions/schema.js'
import { RULES } from '../src/lint/catalog.js'
import { IMPLEMENTED_RULES } from '../src/lint/rules/index.js'
import type { EnvironmentState, ManagedPolicyState } from '../src/model/state.js'
import { awsManagedPolicy, awsManagedPolicyArns } from '../src/policy/managed-policies.js'

const { values } = parseArgs({
  options: { rule: { type: 'string', multiple: true }, list: { type: 'boolean', default: false } }
})

const policies: ManagedPolicyState[] = awsManagedPolicyArns().flatMap(arn => {
  const policy = awsManagedPolicy(arn)
  if (!policy) return []
  return [
    {
      logicalName: policy.name,
      name: policy.name,
      path: policy.path,
      arn,
      description: '',
      document: policy.document,
      tags: {}
    }
  ]
})
const environment: EnvironmentState = {
  environment: 'aws',
  account: '111111111111',
  region: 'us-east-1',
  partition: 'aws',
  roles: [],
  managedPolicies: policies
}
const config = { version: 1, project: 'managed', environments: {} } as unknown as Config

// The rules run directly, not through lint(): its cap of findings per rule and file would hide most.
const only = values.rule ? new Set(values.rule) : undefined
const context = { config, environment }
const findings = IMPLEMENTED_RULES.filter(rule => !only || only.has(rule.id)).flatMap(rule =>
  [...rule.check(context)].map(hit => ({
    rule: rule.id,
    severity: RULES.get(rule.id)?.defaultSeverity ?? 'error',
    policy: hit.policy,
    message: hit.message
  }))
)

const counts = new Map<string, { severity: string; findings: number; policies: Set<string> }>()
for (const finding of findings) {
  let count = counts.get(finding.rule)
  if (!count)
    counts.set(finding.rule, (count = { severity: finding.severity, findings: 0, policies: new Set() }))
  count.findings++
  count.policies.add(finding.policy ?? '')
}

console.log(`${policies.length} AWS managed policies, ${findings.length} findings`)
console.log('rule | severity | findings | policies')
for (const [rule, count] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${rule} | ${count.severity} | ${count.findings} | ${count.policies.size}`)

if (values.list) {
  for (const finding of findings) console.log(`${finding.rule} ${finding.policy ?? ''}: ${finding.message}`)
}
