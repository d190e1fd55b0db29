import type { PolicyStatement } from '../model/policy.js'
import { statementsOf } from '../model/policy.js'
import type { EnvironmentState, ManagedPolicyState } from '../model/state.js'
import type { LintContext, PolicySubject } from './types.js'

const runMemos = new WeakMap<LintContext, Map<unknown, unknown>>()

/**
 * `compute(context)`, once per lint context. The runner passes one context object to every rule of
 * an environment, so what several rules derive from the environment (its statements, trust
 * statements, grants of attached policies) is built once per run; nothing outlives the context,
 * so a later run over a changed environment starts afresh.
 */
export function perRun<T>(context: LintContext, compute: (context: LintContext) => T): T {
  let memo = runMemos.get(context)
  if (!memo) runMemos.set(context, (memo = new Map()))
  if (memo.has(compute)) return memo.get(compute) as T
  const value = compute(context)
  memo.set(compute, value)
  return value
}

/** Every policy document of an environment: trust and inline policies of roles, managed policies. */
export function* policySubjects(environment: EnvironmentState): Generator<PolicySubject> {
  for (const role of environment.roles) {
    yield { kind: 'trust', document: role.trustPolicy, policyName: 'trust', owner: role, ownerKind: 'role' }
    for (const [name, document] of Object.entries(role.inlinePolicies)) {
      yield { kind: 'identity', document, policyName: name, owner: role, ownerKind: 'role' }
    }
  }
  for (const policy of environment.managedPolicies) yield managedPolicySubject(policy)
}

/** A kind: ManagedPolicy as a policy subject. */
export function managedPolicySubject(policy: ManagedPolicyState): PolicySubject {
  return {
    kind: 'identity',
    document: policy.document,
    policyName: policy.logicalName ?? policy.name,
    owner: policy,
    ownerKind: 'managedPolicy'
  }
}

/** policySubjects() of the context's environment, listed once per run. */
export function subjectsOf(context: LintContext): readonly PolicySubject[] {
  return perRun(context, listSubjects)
}

function listSubjects(context: LintContext): PolicySubject[] {
  return [...policySubjects(context.environment)]
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
  const refs: StatementRef[] = []
  for (let index = 0; index < list.length; index++) {
    const statement = list[index]
    if (statement === null || typeof statement !== 'object' || Array.isArray(statement)) continue
    const path = Array.isArray(raw) ? ['Statement', index] : ['Statement']
    const id = typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : String(index)
    refs.push({ statement, index, path, id })
  }
  return refs
}
