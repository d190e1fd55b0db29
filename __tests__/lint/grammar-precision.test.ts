/**
 * Precision of the grammar rules on documents no one here wrote: every AWS managed policy, linted
 * as a kind: ManagedPolicy document. AWS's own policies deploy, so every error here is either a
 * gap in the action database (handled by the documented allow-lists in grammar.ts) or a real
 * mistake of AWS's, listed below with the reason it stays reported.
 */
import { IMPLEMENTED_RULES } from '../../src/lint/rules/index.js'
import {
  UNDOCUMENTED_ACTIONS,
  UNDOCUMENTED_CONDITION_KEYS,
  UNDOCUMENTED_SERVICES
} from '../../src/lint/rules/grammar.js'
import type { RuleHit } from '../../src/lint/types.js'
import { expandActionPattern, lookupConditionKey, lookupService } from '../../src/policy/index.js'
import { awsManagedLintContext } from '../support/aws-managed-context.js'

const GRAMMAR_ERRORS = [
  'unknown-action',
  'unknown-service',
  'invalid-condition-operator',
  'malformed-policy',
  'invalid-arn'
]

const context = awsManagedLintContext('precision')
const { config, environment } = context
const policies = environment.managedPolicies

function run(rule: string): RuleHit[] {
  const implementation = IMPLEMENTED_RULES.find(candidate => candidate.id === rule)
  if (!implementation) throw new Error(`rule ${rule} is not implemented`)
  return [...implementation.check({ config, environment })]
}

/** The quoted action at the start of an unknown-action message. */
function quotedAction(hit: RuleHit): string {
  return /: "([^"]+)" /.exec(hit.message)?.[1] ?? hit.message
}

describe('grammar rules over every AWS managed policy', () => {
  it('has the whole data set to work on', () => {
    expect(policies.length).toBeGreaterThan(1000)
  })

  it('raises no malformed-policy, unknown-service or invalid-condition-operator error', () => {
    for (const rule of ['malformed-policy', 'unknown-service', 'invalid-condition-operator']) {
      expect({ rule, hits: run(rule).map(hit => `${hit.policy}: ${hit.message}`) }).toEqual({
        rule,
        hits: []
      })
    }
  })

  it('reports only the unknown actions that really grant nothing', () => {
    const hits = run('unknown-action')
    expect(hits.map(hit => `${hit.policy} ${quotedAction(hit)}`).sort()).toEqual([
      // Budgets API operation names; the IAM actions are budgets:ViewBudget / budgets:ModifyBudget.
      'AWSManagedSettingsAdminAccess budgets:CreateBudget',
      'AWSManagedSettingsAdminAccess budgets:DeleteBudget',
      'AWSManagedSettingsAdminAccess budgets:DescribeBudget',
      'AWSManagedSettingsAdminAccess budgets:DescribeBudgets',
      'AWSManagedSettingsAdminAccess budgets:UpdateBudget',
      // The CloudHSM Classic API, retired; today's CloudHSM has no such actions.
      'RDSCloudHsmAuthorizationRole cloudhsm:CreateLunaClient',
      'RDSCloudHsmAuthorizationRole cloudhsm:DeleteLunaClient',
      'RDSCloudHsmAuthorizationRole cloudhsm:DescribeHapg',
      'RDSCloudHsmAuthorizationRole cloudhsm:DescribeLunaClient',
      'RDSCloudHsmAuthorizationRole cloudhsm:GetConfig',
      'RDSCloudHsmAuthorizationRole cloudhsm:ModifyHapg',
      'RDSCloudHsmAuthorizationRole cloudhsm:ModifyLunaClient'
    ])
  })

  it('reports one invalid ARN, which matches nothing', () => {
    // An empty resource part: IAM stores it, but no Organizations resource has that ARN.
    expect(run('invalid-arn').map(hit => `${hit.policy}: ${hit.message}`)).toEqual([
      expect.stringMatching(
        /^AmazonDevOpsGuruOrganizationsAccess: .*Resource "arn:aws:organizations::\*:" is not a valid ARN: the resource part is empty/
      )
    ])
  })

  it('totals 13 grammar errors across all of them', () => {
    expect(GRAMMAR_ERRORS.reduce((sum, rule) => sum + run(rule).length, 0)).toBe(13)
  })

  it('raises no unknown-condition-key warning either', () => {
    expect(run('unknown-condition-key').map(hit => `${hit.policy}: ${hit.message}`)).toEqual([])
  })

  it('raises nothing from the condition-value, version and MFA rules', () => {
    // AWS's policies deploy and work: a finding here would be a false alarm (none is allow-listed).
    for (const rule of ['invalid-condition-value', 'policy-version', 'mfa-bool-false']) {
      expect({ rule, hits: run(rule).map(hit => `${hit.policy}: ${hit.message}`) }).toEqual({
        rule,
        hits: []
      })
    }
  })

  it('accepts the AWS-owned SSM ARNs without an account (136 resource-mismatch warnings before)', () => {
    const ownedByAws = run('resource-mismatch').filter(hit =>
      /Resource "arn:[^:"]*:ssm:[^:"]*::(document|automation-definition|parameter)\//.test(hit.message)
    )
    expect(ownedByAws.map(hit => `${hit.policy}: ${hit.message}`)).toEqual([])
  })

  it('reports only five inapplicable condition keys, where the reference lists the key for other actions', () => {
    // Each is a key AWS uses on an action the Service Authorization Reference does not list it for
    // (a gap in the reference or a condition that never applies); a warning, not an error.
    expect(
      run('inapplicable-condition-key')
        .map(hit => `${hit.policy} ${/condition key "([^"]+)"/.exec(hit.message)?.[1]}`)
        .sort()
    ).toEqual([
      'AmazonSageMakerSpacesControllerPolicy ssm:resourceTag/sagemaker.amazonaws.com/eks-cluster-arn',
      'AmazonSageMakerSpacesControllerPolicy ssm:resourceTag/sagemaker.amazonaws.com/managed-by',
      'AmazonTimestreamInfluxDBFullAccess aws-marketplace:ProductId',
      'AnthropicFullAccess aws-marketplace:ProductId',
      'ROSAManageSubscription aws-marketplace:ProductId'
    ])
  })

  it('keeps every allow-list entry necessary: unknown to the database and used by AWS', () => {
    const text = JSON.stringify(policies.map(policy => policy.document)).toLowerCase()
    for (const entry of UNDOCUMENTED_SERVICES) {
      expect({ prefix: entry.prefix, known: lookupService(entry.prefix) !== undefined }).toEqual({
        prefix: entry.prefix,
        known: false
      })
      expect(text).toContain(`"${entry.prefix}:`)
    }
    for (const entry of UNDOCUMENTED_ACTIONS) {
      expect(entry.reason).not.toBe('')
      for (const action of entry.actions) {
        expect({ action, known: expandActionPattern(action).length > 0 }).toEqual({ action, known: false })
        expect(text).toContain(`"${action.toLowerCase()}"`)
      }
    }
    for (const entry of UNDOCUMENTED_CONDITION_KEYS) {
      expect({ key: entry.key, known: lookupConditionKey(entry.key) !== undefined }).toEqual({
        key: entry.key,
        known: false
      })
      expect(text).toContain(`"${entry.key.toLowerCase()}"`)
    }
  })
})
