import { evaluateRequest } from '../../../src/policy/evaluate/evaluate.js'
import { rolePolicies } from '../../../src/policy/evaluate/role-policies.js'
import { requestContext } from '../../../src/policy/evaluate/context.js'
import type { EnvironmentState, RoleState } from '../../../src/model/state.js'
import { ECS_TRUST, renderProject } from '../../support/render-project.js'

const CONFIG = `version: 1
project: demo
environments:
  dev: { account: "111111111111", region: us-east-1 }
  cn: { account: "222222222222", region: cn-north-1 }
`

const ROLE = `kind: Role
name: task-role
${ECS_TRUST}policies:
  S3Access:
    Version: "2012-10-17"
    Statement:
      - Sid: Results
        Effect: Allow
        Action: [s3:GetObject, s3:PutObject]
        Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"
      - Sid: NoDelete
        Effect: Deny
        Action: s3:DeleteObject
        Resource: "*"
managedPolicies:
  - shared-logs
  - arn:{partition}:iam::aws:policy/ReadOnlyAccess
  - arn:{partition}:iam::{account}:policy/made-elsewhere
permissionsBoundary: arn:{partition}:iam::{account}:policy/{project}-{environment}-boundary
`

const LOGS = `kind: ManagedPolicy
name: shared-logs
document:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: logs:PutLogEvents
      Resource: "*"
`

const BOUNDARY = `kind: ManagedPolicy
name: boundary
document:
  Version: "2012-10-17"
  Statement:
    - Sid: Everything
      Effect: Allow
      Action: "*"
      Resource: "*"
    - Sid: NoIam
      Effect: Deny
      Action: iam:*
      Resource: "*"
`

function rendered(environment: string): { role: RoleState; env: EnvironmentState } {
  const { state } = renderProject(
    { 'iam/task-role.yml': ROLE, 'iam/shared-logs.yml': LOGS, 'iam/boundary.yml': BOUNDARY },
    CONFIG
  )
  const env = state.environments[environment]
  const role = env.roles.find(r => r.logicalName === 'task-role')
  if (!role) throw new Error('task-role not rendered')
  return { role, env }
}

describe('rolePolicies', () => {
  it('resolves inline, repository and AWS managed policies, and lists what it cannot read', () => {
    const { role, env } = rendered('dev')
    const policies = rolePolicies(role, env)
    expect(policies.role).toBe('task-role')
    expect(policies.identity.map(p => [p.kind, p.logicalName ?? p.name])).toEqual([
      ['inline', 'S3Access'],
      ['managed', 'shared-logs'],
      ['managed', 'arn:aws:iam::aws:policy/ReadOnlyAccess']
    ])
    expect(policies.unreadable).toEqual(['arn:aws:iam::111111111111:policy/made-elsewhere'])
    expect(policies.boundary).toMatchObject({
      arn: 'arn:aws:iam::111111111111:policy/demo-dev-boundary',
      policy: { kind: 'boundary', logicalName: 'boundary' }
    })
  })

  it('finds AWS managed policies in other partitions', () => {
    const { role, env } = rendered('cn')
    const names = rolePolicies(role, env).identity.map(p => p.name)
    expect(names).toContain('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')
  })

  it('marks a boundary that resolves to nothing as unknown content', () => {
    const { role, env } = rendered('dev')
    const policies = rolePolicies(
      { ...role, permissionsBoundary: 'arn:aws:iam::111111111111:policy/gone' },
      env
    )
    expect(policies.boundary).toEqual({ arn: 'arn:aws:iam::111111111111:policy/gone' })
  })
})

describe('evaluateRequest on a rendered role', () => {
  const resolvable = (): ReturnType<typeof rolePolicies> => {
    const { role, env } = rendered('dev')
    return rolePolicies(
      { ...role, managedPolicyArns: role.managedPolicyArns.filter(a => !a.includes('made-elsewhere')) },
      env
    )
  }

  it('points at the YAML line of each deciding statement', () => {
    const allowed = evaluateRequest(resolvable(), {
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::demo-dev-results/run-1.json',
      context: requestContext([])
    })
    expect(allowed).toMatchObject({ decision: 'allow', reason: 'allowed' })
    expect(allowed.statements).toEqual([
      expect.objectContaining({
        policy: 'S3Access',
        sid: 'Results',
        location: expect.objectContaining({ file: 'iam/task-role.yml', line: 13, column: 9 })
      })
    ])
    expect(allowed.boundary?.statements).toEqual([
      expect.objectContaining({
        sid: 'Everything',
        location: expect.objectContaining({ file: 'iam/boundary.yml', line: 6 })
      })
    ])

    const denied = evaluateRequest(resolvable(), {
      action: 's3:DeleteObject',
      resource: 'arn:aws:s3:::demo-dev-results/run-1.json',
      context: requestContext([])
    })
    expect(denied).toMatchObject({ decision: 'deny', reason: 'explicit-deny' })
    expect(denied.statements).toEqual([
      expect.objectContaining({
        sid: 'NoDelete',
        location: expect.objectContaining({ file: 'iam/task-role.yml', line: 17 })
      })
    ])
  })

  it('reads AWS managed policies (no source location) and the boundary Deny', () => {
    const read = evaluateRequest(resolvable(), {
      action: 'ec2:DescribeInstances',
      resource: '*',
      context: requestContext([])
    })
    expect(read).toMatchObject({
      decision: 'allow',
      statements: [{ policy: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyKind: 'managed' }]
    })
    expect(read.statements[0].location).toBeUndefined()
    const iam = evaluateRequest(resolvable(), {
      action: 'iam:GetRole',
      resource: 'arn:aws:iam::111111111111:role/x',
      context: requestContext([])
    })
    expect(iam).toMatchObject({
      decision: 'deny',
      reason: 'explicit-deny',
      statements: [{ policyKind: 'boundary', sid: 'NoIam' }]
    })
  })

  it('is unknown with an unreadable attachment, unless a Deny decides', () => {
    const { role, env } = rendered('dev')
    const policies = rolePolicies(role, env)
    const put = {
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::demo-dev-results/a',
      context: requestContext([])
    }
    expect(evaluateRequest(policies, put).decision).toBe('unknown')
    expect(evaluateRequest(policies, { ...put, action: 's3:DeleteObject' }).decision).toBe('deny')
  })
})

describe('notes on a rendered role', () => {
  it('say which statement, and the file and line it was written on', () => {
    const { state } = renderProject(
      {
        'iam/odd.yml': `kind: Role
name: odd
${ECS_TRUST}policies:
  Odd:
    Version: "2012-10-17"
    Statement:
      - Sid: Typo
        Effect: Allow
        Action: s3:GetObject
        Resource: "*"
        Condition: { StringEqualz: { "aws:username": ana } }
      - Sid: Home
        Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::homes/\${aws:username}/*"
`
      },
      CONFIG
    )
    const env = state.environments.dev
    const role = env.roles.find(r => r.logicalName === 'odd') as RoleState
    const result = evaluateRequest(rolePolicies(role, env), {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::homes/ana/a',
      context: requestContext([])
    })
    expect(result.decision).toBe('deny')
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'Statement 0 of the inline policy "Odd" (iam/odd.yml:13) was skipped because its Condition uses "StringEqualz", which is not a condition operator; IAM would reject it.',
        'Statement 1 of the inline policy "Odd" (iam/odd.yml:18): "${aws:username}" has no value in the request, so the resource "arn:aws:s3:::homes/${aws:username}/*" matches nothing.'
      ])
    )
  })
})
