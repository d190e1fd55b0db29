/**
 * Every AWS managed policy in the bundled data as a kind: ManagedPolicy of one environment: the
 * corpus nobody here wrote, which the precision tests and scripts/managed-policy-findings.ts lint.
 */
import type { Config } from '../../src/definitions/schema.js'
import type { LintContext } from '../../src/lint/types.js'
import type { EnvironmentState, ManagedPolicyState } from '../../src/model/state.js'
import { awsManagedPolicy, awsManagedPolicyArns } from '../../src/policy/managed-policies.js'

export function awsManagedPolicyStates(): ManagedPolicyState[] {
  return awsManagedPolicyArns().map(arn => {
    const policy = awsManagedPolicy(arn)
    if (!policy) throw new Error(`no document for ${arn}`)
    return {
      logicalName: policy.name,
      name: policy.name,
      path: policy.path,
      arn,
      description: '',
      document: policy.document,
      tags: {}
    }
  })
}

/** A lint context whose only content is every AWS managed policy. */
export function awsManagedLintContext(project = 'precision'): LintContext {
  const environment: EnvironmentState = {
    environment: 'aws',
    account: '111111111111',
    region: 'us-east-1',
    partition: 'aws',
    roles: [],
    managedPolicies: awsManagedPolicyStates()
  }
  const config = { version: 1, project, environments: {} } as unknown as Config
  return { config, environment }
}
