import type { PolicyStatement } from '../model/policy.js'
import { statementsOf } from '../model/policy.js'
import type { EnvironmentState } from '../model/state.js'
import type { PolicySubject } from './types.js'

/** Every policy document of an environment: trust and inline policies of roles, managed policies. */
export function* policySubjects(environment: EnvironmentState): Generator<PolicySubject> {
  for (const role of environment.roles) {
    yield { kind: 'trust', document: role.trustPolicy, policyName: 'trust', owner: role, ownerKind: 'role' }
    for (const [name, document] of Object.entries(role.inlinePolicies)) {
      yield { kind: 'identity', document, policyName: name, owner: role, ownerKind: 'role' }
    }
  }
  for (const policy of environment.managedPolicies) {
    yield {
      kind: 'identity',
      document: policy.document,
      policyName: policy.logicalName ?? policy.name,
      owner: policy,
      ownerKind: 'managedPolicy'
    }
  }
}

export interface StatementRef {
  statement: PolicyStatement
  index: number
  /** Path from the document root, for positionAt(). */
  path: (string | number)[]
  /** Sid, or the index when there is none: what a statement-level suppression names. */
  id: string
}

/** The statements of a document that are mappings, with their paths (malformed ones are skipped). */
export function statementRefs(subject: PolicySubject): StatementRef[] {
  const raw = subject.document?.Statement
  const list = statementsOf(subject.document ?? { Statement: [] })
  return list.flatMap((statement, index) => {
    if (statement === null || typeof statement !== 'object' || Array.isArray(statement)) return []
    const path = Array.isArray(raw) ? ['Statement', index] : ['Statement']
    const id = typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : String(index)
    return [{ statement, index, path, id }]
  })
}
