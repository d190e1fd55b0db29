import { positionAt } from '../../src/model/source.js'
import { OWNERSHIP_TAG } from '../../src/model/state.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const CONFIG = `version: 1
project: llm
naming: "{project}-{environment}-{name}"
defaults:
  permissionsBoundary: "arn:{partition}:iam::{account}:policy/boundary"
  maxSessionDuration: 3600
  tags: { Project: "{project}", Environment: "{environment}" }
environments:
  dev:
    account: "111111111111"
    region: us-east-1
    variables: { bucket: dev-results }
  prod:
    account: "333333333333"
    region: eu-west-1
    variables: { bucket: prod-results }
`

const TASK_ROLE = `kind: Role
name: task-role
description: App role in {environment}
${ECS_TRUST}policies:
  S3Access:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Action: [s3:GetObject]
        Resource: "arn:aws:s3:::{bucket}/\${aws:username}/*"
managedPolicies: [shared-logs, arn:aws:iam::aws:policy/ReadOnlyAccess]
tags: { Component: ECS }
overrides:
  prod:
    maxSessionDuration: 7200
    tags: { Tier: critical }
`

const SHARED_LOGS = `kind: ManagedPolicy
name: shared-logs
document:
  Statement:
    - Effect: Allow
      Action: logs:PutLogEvents
      Resource: "arn:aws:logs:{region}:{account}:log-group:/{project}/*"
`

describe('render', () => {
  const { state, findings } = renderProject(
    { 'iam/task.yml': TASK_ROLE, 'iam/logs.yml': SHARED_LOGS },
    CONFIG
  )

  it('renders each environment with its own variables, names and ARNs', () => {
    expect(findings).toEqual([])
    const dev = state.environments.dev.roles[0]
    const prod = state.environments.prod.roles[0]
    expect(dev.name).toBe('llm-dev-task-role')
    expect(dev.arn).toBe('arn:aws:iam::111111111111:role/llm-dev-task-role')
    expect(prod.arn).toBe('arn:aws:iam::333333333333:role/llm-prod-task-role')
    expect(dev.description).toBe('App role in dev')
    expect(dev.inlinePolicies.S3Access.Statement).toEqual([
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::dev-results/${aws:username}/*' }
    ])
    expect(state.environments.prod.managedPolicies[0].document.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'logs:PutLogEvents',
        Resource: 'arn:aws:logs:eu-west-1:333333333333:log-group:/llm/*'
      }
    ])
  })

  it('applies defaults, then per-environment overrides by deep merge', () => {
    const dev = state.environments.dev.roles[0]
    const prod = state.environments.prod.roles[0]
    expect(dev.maxSessionDuration).toBe(3600)
    expect(prod.maxSessionDuration).toBe(7200)
    expect(dev.permissionsBoundary).toBe('arn:aws:iam::111111111111:policy/boundary')
    expect(prod.tags).toEqual({
      Project: 'llm',
      Environment: 'prod',
      Component: 'ECS',
      Tier: 'critical',
      [OWNERSHIP_TAG]: 'acme/infra'
    })
    expect(dev.tags.Tier).toBeUndefined()
  })

  it('resolves logical managed-policy names to the environment’s ARN and keeps ARNs as written', () => {
    expect(state.environments.prod.roles[0].managedPolicyArns).toEqual([
      'arn:aws:iam::333333333333:policy/llm-prod-shared-logs',
      'arn:aws:iam::aws:policy/ReadOnlyAccess'
    ])
  })

  it('keeps source positions through overrides and variable substitution', () => {
    const prod = state.environments.prod.roles[0]
    expect(positionAt(prod.inlinePolicies.S3Access, ['Statement', 0, 'Resource'])).toMatchObject({
      file: 'iam/task.yml',
      line: 16
    })
    expect(positionAt(prod.trustPolicy, ['Statement', 0, 'Condition'])).toMatchObject({ line: 9 })
    expect(prod.source?.fields.maxSessionDuration).toMatchObject({ line: 21 })
    expect(prod.source?.fields['tags.Tier']).toMatchObject({ line: 22 })
  })

  it('renders a definition only into the environments it lists', () => {
    const { state: limited } = renderProject(
      { 'iam/task.yml': `environments: [prod]\n${TASK_ROLE}`, 'iam/logs.yml': SHARED_LOGS },
      CONFIG
    )
    expect(limited.environments.dev.roles).toEqual([])
    expect(limited.environments.prod.roles).toHaveLength(1)
  })

  it('lets a role remove the default boundary with null', () => {
    const { state: result } = renderProject(
      { 'iam/r.yml': `kind: Role\nname: r\npermissionsBoundary: null\n${ECS_TRUST}` },
      CONFIG
    )
    expect(result.environments.dev.roles[0].permissionsBoundary).toBeUndefined()
  })
})

describe('render findings', () => {
  it('reports an unknown variable at its line, leaving IAM policy variables alone', () => {
    const { findings } = renderProject({
      'iam/r.yml': `kind: Role\nname: r\n${ECS_TRUST}policies:\n  P:\n    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "arn:aws:s3:::{bukcet}/\${aws:userid}"\n`
    })
    const unknown = findings.filter(f => f.rule === 'unknown-variable')
    expect(unknown).toHaveLength(2) // once per environment: the message names it
    expect(unknown[0]).toMatchObject({ file: 'iam/r.yml', line: 14, severity: 'error' })
    expect(unknown[0].message).toMatch(/unknown variable \{bukcet\} in environment dev/)
  })

  it("renders {references} in a variable's value: built-ins and the environment's other variables", () => {
    const config = CONFIG.replace(
      'variables: { bucket: dev-results }',
      'variables: { bucket: "{project}-{environment}-{suffix}", suffix: "{region}-data", arn: "arn:{partition}:s3:::{bucket}" }'
    )
    const { state, findings } = renderProject(
      {
        'iam/r.yml': `kind: Role\nname: r\n${ECS_TRUST}policies:\n  P:\n    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "{arn}/*"\n`
      },
      config
    )
    expect(findings.filter(f => f.severity === 'error' && f.environment === 'dev')).toEqual([])
    const statement = state.environments.dev.roles[0].inlinePolicies.P.Statement as { Resource: string }[]
    expect(statement[0].Resource).toBe('arn:aws:s3:::llm-dev-us-east-1-data/*')
  })

  it('reports two definitions that render to the same name', () => {
    const { findings } = renderProject({
      'iam/a.yml': `kind: Role\nname: a\nroleName: "demo-{environment}-shared"\n${ECS_TRUST}`,
      'iam/b.yml': `kind: Role\nname: b\nroleName: "demo-{environment}-shared"\n${ECS_TRUST}`
    })
    const duplicates = findings.filter(f => f.rule === 'duplicate-name')
    expect(duplicates.map(f => `${f.environment} ${f.file}:${f.line}`)).toEqual([
      'dev iam/b.yml:3',
      'prod iam/b.yml:3'
    ])
    // The other definition is cited at the line of its name, as the finding itself is.
    expect(duplicates[0].message).toBe(
      'role "b" renders to the name "demo-dev-shared" in dev, the name "a" (iam/a.yml:3) renders to; IAM names are unique per account, so give them different names'
    )
  })

  it('says two names that differ only in case are one IAM name', () => {
    const { findings } = renderProject({
      'iam/task-role.yml': `kind: Role\nname: task-role\n${ECS_TRUST}`,
      'iam/Task-Role.yml': `kind: Role\nname: Task-Role\n${ECS_TRUST}`
    })
    const duplicates = findings.filter(f => f.rule === 'duplicate-name' && f.environment === 'dev')
    expect(duplicates.map(f => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'iam/Task-Role.yml:2 role "Task-Role" renders to the name "demo-dev-Task-Role" in dev and "task-role" (iam/task-role.yml:2) to "demo-dev-task-role": the names differ only in case, and IAM names are case-insensitive, so they are one role; give them names that differ in more than case'
    ])
  })

  it('reports a name two environments of one account render: one IAM role, two deploys', () => {
    const shared = `version: 1
project: demo
naming: "{project}-{name}"
environments:
  dev: { account: "111111111111", region: us-east-1 }
  staging: { account: "111111111111", region: us-east-1 }
  prod: { account: "333333333333", region: us-east-1 }
`
    const files = { 'iam/a.yml': `kind: Role\nname: a\n${ECS_TRUST}` }
    const duplicates = renderProject(files, shared).findings.filter(f => f.rule === 'duplicate-name')
    expect(duplicates).toMatchObject([
      {
        severity: 'error',
        file: 'iam/a.yml',
        line: 2,
        environments: ['dev', 'staging'],
        message:
          'role "a" renders to the name "demo-a" in dev and staging, which share the account 111111111111: that is one IAM role, and each environment\'s deploy would overwrite it with its own; put {environment} in "naming" (rolegate.yml) or give the environments their own accounts'
      }
    ])
    // Two definitions, one per environment, with the same roleName: each is named, with its line.
    const two = {
      'iam/a.yml': `kind: Role\nname: a\nroleName: shop-shared\nenvironments: [dev]\n${ECS_TRUST}`,
      'iam/b.yml': `kind: Role\nname: b\nroleName: shop-shared\nenvironments: [staging]\n${ECS_TRUST}`
    }
    const named2 = shared.replace('naming: "{project}-{name}"\n', '')
    expect(
      renderProject(two, named2)
        .findings.filter(f => f.rule === 'duplicate-name')
        .map(f => f.message)
    ).toEqual([
      'role "a" (iam/a.yml:3) in dev and role "b" (iam/b.yml:3) in staging render to the same name "shop-shared" in the account 111111111111 they share: that is one IAM role, and each environment\'s deploy would overwrite it with its own; give them different names'
    ])
    // With {environment} in the names, the environments share the account, not the roles.
    const named = shared.replace('naming: "{project}-{name}"\n', '')
    expect(renderProject(files, named).findings.filter(f => f.rule === 'duplicate-name')).toEqual([])
  })

  it('reports an unknown managed policy reference with a suggestion', () => {
    const { findings } = renderProject({
      'iam/a.yml': `kind: Role\nname: a\n${ECS_TRUST}managedPolicies: [shared-log]\n`,
      'iam/p.yml': SHARED_LOGS.replace('{region}', 'us-east-1')
    })
    const unknown = findings.find(f => f.rule === 'unknown-reference')
    expect(unknown).toMatchObject({
      line: 9,
      message: expect.stringContaining('(did you mean "shared-logs"?)')
    })
  })

  it('reports a permissions boundary that is neither an ARN nor a defined policy, on the role or in defaults', () => {
    const onRole = renderProject(
      {
        'iam/r.yml': `kind: Role\nname: r\npermissionsBoundary: boundry\n${ECS_TRUST}`,
        'iam/b.yml': SHARED_LOGS.replace('shared-logs', 'boundary')
      },
      CONFIG
    ).findings.filter(f => f.rule === 'unknown-reference')
    expect(onRole).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'iam/r.yml',
        line: 3,
        message: expect.stringContaining(
          'permissions boundary "boundry" is neither an ARN nor a kind: ManagedPolicy defined for environment dev (did you mean "boundary"?)'
        )
      })
    )
    const inDefaults = renderProject(
      { 'iam/r.yml': `kind: Role\nname: r\n${ECS_TRUST}` },
      CONFIG.replace('"arn:{partition}:iam::{account}:policy/boundary"', 'boundary')
    ).findings.filter(f => f.rule === 'unknown-reference')
    expect(inDefaults).toContainEqual(
      expect.objectContaining({
        file: 'rolegate.yml',
        line: 5,
        message: expect.stringContaining('permissions boundary "boundary"')
      })
    )
  })

  it('reports a definition for an environment that does not exist', () => {
    const { findings } = renderProject({
      'iam/a.yml': `kind: Role\nname: a\nenvironments: [dev, prdo]\n${ECS_TRUST}`
    })
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'unknown-reference',
        line: 3,
        message: expect.stringContaining('"prdo" is not defined')
      })
    ])
  })

  it('warns when an explicit roleName leaves the naming template’s prefix', () => {
    const { findings } = renderProject({
      'iam/a.yml': `kind: Role\nname: a\nroleName: legacy-role\n${ECS_TRUST}`
    })
    expect(findings[0]).toMatchObject({ rule: 'naming-convention', severity: 'warning', line: 3 })
  })
})
