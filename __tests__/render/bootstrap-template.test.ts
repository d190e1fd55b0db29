/**
 * The bootstrap template as data: it fails closed without a permissions boundary, scopes the
 * deployer to the ARNs deploy really writes (render's paths, a boundary or deployer with a path, a
 * boundary that is one of the project's managed policies), grants exactly the IAM calls RoleGate
 * makes, lets two environments of one account both be bootstrapped, and cfn-lint accepts it.
 * What the deployer may and may not do against IAM is in __tests__/deploy/bootstrap-deployer.test.ts.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { bootstrapTemplate, runBootstrap, type Json } from '../../src/commands/bootstrap.js'
import { loadConfig } from '../../src/definitions/load.js'
import { UsageError } from '../../src/model/errors.js'
import { bootstrapBoundary } from '../../src/render/bootstrap-boundary.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'
import { REPO_ROOT, runNode } from '../support/run-dist.js'
import { tempProject } from '../support/temp-project.js'

const REPOSITORY = 'acme/infra'
const BOUNDARY = 'arn:{partition}:iam::{account}:policy/lakerunner-rolegate-boundary'

/** rolegate.yml: lakerunner with dev and prod (or what `environments` says), and `defaults` lines. */
function config(defaults: string[], environments?: string[]): string {
  return [
    'version: 1',
    'project: lakerunner',
    'defaults:',
    ...defaults.map(line => `  ${line}`),
    'environments:',
    ...(environments ?? [
      '  dev: { account: "111111111111", region: us-east-1 }',
      '  prod: { account: "333333333333", region: us-east-1 }'
    ])
  ].join('\n')
}

const withBoundary = (...more: string[]) => config([`permissionsBoundary: "${BOUNDARY}"`, ...more])

function parse(text: string) {
  const loaded = loadConfig({ path: 'rolegate.yml', text })
  if (!loaded.config) throw new Error(JSON.stringify(loaded.findings))
  return loaded.config
}

const template = (text: string, environment = 'dev') =>
  bootstrapTemplate(parse(text), environment, { repository: REPOSITORY })

interface Statement {
  Sid: string
  Effect: 'Allow' | 'Deny'
  Action: string | string[]
  Resource: string | string[]
  Condition?: Record<string, Record<string, unknown>>
}

interface Template {
  Parameters: Record<string, unknown>
  Resources: Record<string, { Condition?: string; Properties: Record<string, unknown> }>
  Outputs: { DeployerRoleArn: { Value: string } }
}

const typed = (json: Json) => json as unknown as Template

function statements(json: Json): Statement[] {
  const policies = typed(json).Resources.DeployerRole.Properties.Policies as {
    PolicyDocument: { Statement: Statement[] }
  }[]
  return policies[0].PolicyDocument.Statement
}

const statement = (json: Json, sid: string) => statements(json).find(found => found.Sid === sid)!
const list = (value: string | string[]) => (Array.isArray(value) ? value : [value])

describe('without a permissions boundary bootstrap refuses: the deployer would be unbounded', () => {
  const message =
    'defaults.permissionsBoundary is not set in rolegate.yml: without a boundary the deployer could create roles with any permission (AdministratorAccess, IAM included) and escalate beyond the project. Add it under defaults: permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary" (bootstrap then creates that policy in each account), then run bootstrap again'

  it('is a usage error that names the setting and the value to write', () => {
    expect(() => template(config(['tags: { Project: "{project}" }']))).toThrow(new UsageError(message))
  })

  it('the CLI exits 2 with that one line and prints no template', async () => {
    const root = tempProject({ 'rolegate.yml': config(['tags: { Project: "{project}" }']) })
    const tsx = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href
    const result = await runNode(
      [
        '--import',
        tsx,
        path.join(REPO_ROOT, 'src/cli.ts'),
        'bootstrap',
        '--env',
        'dev',
        '--repository',
        REPOSITORY
      ],
      { cwd: root }
    )
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', `rolegate: ${message}\n`])
  }, 60_000)

  it('the value it suggests is the boundary bootstrap then creates', () => {
    const suggested = config([
      'permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"'
    ])
    const created = typed(template(suggested)).Resources.PermissionsBoundary.Properties
    expect(created).toMatchObject({ ManagedPolicyName: 'lakerunner-rolegate-boundary', Path: '/' })
    expect(statement(template(suggested), 'CreateOwnedRolesWithinBoundary').Condition).toMatchObject({
      StringEquals: {
        'iam:PermissionsBoundary': 'arn:aws:iam::111111111111:policy/lakerunner-rolegate-boundary'
      }
    })
  })
})

describe("the deployer's scope is the ARNs deploy writes", () => {
  const scopes = (json: Json) => ({
    roles: statement(json, 'ChangeRolesWithinBoundary').Resource,
    policies: statement(json, 'VersionPolicies').Resource,
    profiles: statement(json, 'ManageOwnedInstanceProfiles').Resource
  })

  it.each([
    ['app', '/app/'],
    ['/app', '/app/'],
    ['/{environment}/', '/dev/']
  ])('path: %s is rendered as render() renders it: %s', (written, expected) => {
    const text = withBoundary(`path: "${written}"`)
    expect(scopes(template(text))).toEqual({
      roles: [`arn:aws:iam::111111111111:role${expected}lakerunner-dev-*`],
      policies: [`arn:aws:iam::111111111111:policy${expected}lakerunner-dev-*`],
      profiles: [`arn:aws:iam::111111111111:instance-profile${expected}lakerunner-dev-*`]
    })
    const { state } = renderProject({ 'iam/app.yml': `kind: Role\nname: app\n${ECS_TRUST}` }, text)
    expect(state.environments.dev.roles[0].arn).toBe(
      `arn:aws:iam::111111111111:role${expected}lakerunner-dev-app`
    )
  })

  it("a definition's own path is covered too: its create is not refused half-way through a deploy", async () => {
    const root = tempProject({
      'rolegate.yml': withBoundary(),
      'iam/app.yml': `kind: Role\nname: app\npath: /team/\n${ECS_TRUST}`
    })
    const [dev] = await runBootstrap({
      configPath: 'rolegate.yml',
      workspace: root,
      environment: 'dev',
      repository: REPOSITORY
    })
    expect(scopes(dev.template).roles).toEqual([
      'arn:aws:iam::111111111111:role/lakerunner-dev-*',
      'arn:aws:iam::111111111111:role/team/lakerunner-dev-*'
    ])
  })

  it('a path with an unknown variable is refused, not written literally', () => {
    expect(() => template(withBoundary('path: "/{team}/"'))).toThrow(
      /^rolegate.yml, the IAM path of dev: unknown variable \{team\}/
    )
  })

  it('a boundary with a path is created under that path, and is the one the condition names', () => {
    const arn = 'arn:aws:iam::111111111111:policy/platform/rolegate-boundary'
    const text = config([
      'permissionsBoundary: "arn:{partition}:iam::{account}:policy/platform/rolegate-boundary"'
    ])
    const json = template(text)
    expect(typed(json).Resources.PermissionsBoundary.Properties).toMatchObject({
      ManagedPolicyName: 'rolegate-boundary',
      Path: '/platform/'
    })
    expect(statement(json, 'ChangeRolesWithinBoundary').Condition?.StringEquals).toEqual({
      'iam:PermissionsBoundary': arn
    })
    expect(list(statement(json, 'NeverItself').Resource)).toContain(arn)
    expect(bootstrapBoundary(parse(text), 'dev')?.arn).toBe(arn) // what the evaluator reads
  })

  it('a deployRole with a path keeps it: the role, its output and the denies', () => {
    const text = config(
      [`permissionsBoundary: "${BOUNDARY}"`],
      [
        '  dev: { account: "111111111111", region: us-east-1, deployRole: "arn:aws:iam::111111111111:role/ci/deployer" }'
      ]
    )
    const json = template(text)
    const arn = 'arn:aws:iam::111111111111:role/ci/deployer'
    expect(typed(json).Resources.DeployerRole.Properties).toMatchObject({
      RoleName: 'deployer',
      Path: '/ci/'
    })
    expect(typed(json).Outputs.DeployerRoleArn.Value).toBe(arn)
    expect(list(statement(json, 'NeverItself').Resource)).toContain(arn)
    const boundary = typed(json).Resources.PermissionsBoundary.Properties.PolicyDocument as {
      Statement: Statement[]
    }
    expect(boundary.Statement.find(found => found.Sid === 'ProtectRoleGate')?.Resource).toContain(arn)
  })

  it("a boundary that is one of the project's managed policies is its ARN, and the deployer may never touch it", async () => {
    const root = tempProject({
      'rolegate.yml': config(['permissionsBoundary: workload-boundary']),
      'iam/boundary.yml': [
        'kind: ManagedPolicy',
        'name: workload-boundary',
        'path: /bounds/',
        'document:',
        '  Version: "2012-10-17"',
        '  Statement: [{ Effect: Allow, Action: "s3:*", Resource: "*" }]'
      ].join('\n')
    })
    const [dev] = await runBootstrap({
      configPath: 'rolegate.yml',
      workspace: root,
      environment: 'dev',
      repository: REPOSITORY
    })
    const arn = 'arn:aws:iam::111111111111:policy/bounds/lakerunner-dev-workload-boundary'
    for (const sid of ['CreateOwnedRolesWithinBoundary', 'ChangeRolesWithinBoundary'])
      expect(statement(dev.template, sid).Condition?.StringEquals).toMatchObject({
        'iam:PermissionsBoundary': arn
      })
    expect(statement(dev.template, 'NeverItself')).toMatchObject({ Effect: 'Deny', Action: 'iam:*' })
    expect(list(statement(dev.template, 'NeverItself').Resource)).toContain(arn)
    expect(typed(dev.template).Resources.PermissionsBoundary).toBeUndefined() // deploy creates it, not bootstrap

    // Without the definitions the name cannot be resolved: refused, not written as a non-ARN condition.
    expect(() => template(config(['permissionsBoundary: workload-boundary']))).toThrow(
      'defaults.permissionsBoundary "workload-boundary" in rolegate.yml is neither a policy ARN nor a kind: ManagedPolicy defined for environment dev: write the boundary\'s ARN, or define that policy'
    )
  })
})

describe('two environments of one account never reach each other', () => {
  it('name prefixes that nest (lakerunner-dev- and lakerunner-dev-eu-) are refused', () => {
    const nested = config(
      [`permissionsBoundary: "${BOUNDARY}"`],
      [
        '  dev: { account: "111111111111", region: us-east-1 }',
        '  dev-eu: { account: "111111111111", region: eu-west-1 }'
      ]
    )
    for (const environment of ['dev', 'dev-eu'])
      expect(() => template(nested, environment)).toThrow(
        /^environments (dev and dev-eu|dev-eu and dev) share account 111111111111, and their name prefixes "lakerunner-dev(-eu)?-" and "lakerunner-dev(-eu)?-" nest: each deployer could change the other's roles, past its approvals/
      )
  })

  it("each deployer is denied the other environment's boundary", () => {
    const perEnvironment = config(
      ['permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-{environment}-boundary"'],
      [
        '  dev: { account: "111111111111", region: us-east-1 }',
        '  staging: { account: "111111111111", region: us-east-1 }'
      ]
    )
    expect(list(statement(template(perEnvironment, 'dev'), 'NeverItself').Resource)).toEqual(
      expect.arrayContaining([
        'arn:aws:iam::111111111111:policy/lakerunner-dev-boundary',
        'arn:aws:iam::111111111111:policy/lakerunner-staging-boundary'
      ])
    )
  })
})

describe('least privilege: the deployer may make exactly the IAM calls RoleGate makes', () => {
  /** Every IAM API src/ calls: `new XCommand(` and `paginateX(` in src/aws and src/commands. */
  function iamCallsOfSource(): Set<string> {
    const calls = new Set<string>()
    for (const folder of ['src/aws', 'src/commands']) {
      for (const file of readdirSync(path.join(REPO_ROOT, folder))) {
        const text = readFileSync(path.join(REPO_ROOT, folder, file), 'utf8')
        for (const [, name] of text.matchAll(/\bnew (\w+)Command\(/g)) calls.add(`iam:${name}`)
        for (const [, name] of text.matchAll(/\bpaginate(\w+)\(/g)) calls.add(`iam:${name}`)
      }
    }
    // STS, not IAM: AssumeRoleWithWebIdentity is trusted by the role, GetCallerIdentity needs no permission.
    calls.delete('iam:AssumeRoleWithWebIdentity')
    calls.delete('iam:GetCallerIdentity')
    return calls
  }

  it('every allowed action is a call RoleGate makes, or one IAM checks with it, and every call is allowed', () => {
    const allowed = new Set(
      statements(template(withBoundary()))
        .filter(found => found.Effect === 'Allow')
        .flatMap(found => list(found.Action))
    )
    // IAM checks these with a call: iam:PassRole for AddRoleToInstanceProfile, iam:TagInstanceProfile
    // for CreateInstanceProfile with tags (CreateRole and CreatePolicy need TagRole and TagPolicy too).
    const checkedWith = ['iam:PassRole', 'iam:TagInstanceProfile']
    // Refused on purpose (NeverDropTheBoundary): a role without the boundary is not this deployer's.
    const refused = 'iam:DeleteRolePermissionsBoundary'
    const calls = [...iamCallsOfSource()].filter(call => call !== refused)
    expect([...allowed].sort()).toEqual([...calls, ...checkedWith].sort())
    expect(statement(template(withBoundary()), 'NeverDropTheBoundary').Action).toBe(refused)
    for (const unused of [
      'iam:SetDefaultPolicyVersion',
      'iam:UpdateRoleDescription',
      'iam:ListPolicies',
      'iam:ListRoleTags',
      'iam:GetRole',
      'iam:GetPolicy',
      'iam:GetPolicyVersion',
      'iam:ListPolicyVersions',
      'iam:ListInstanceProfilesForRole'
    ])
      expect(allowed).not.toContain(unused)
  })

  it('docs/deploy.md lists the same reads', () => {
    const reads = list(statement(template(withBoundary()), 'ReadIam').Action).map(action => action.slice(4))
    const docs = readFileSync(path.join(REPO_ROOT, 'docs/deploy.md'), 'utf8')
    const bootstrap = docs.slice(docs.indexOf('## Bootstrap'), docs.indexOf('## What is read and why'))
    const listed = /read IAM on `\*`: (.*);/.exec(bootstrap)?.[1]
    expect(listed?.match(/`(\w+)`/g)?.map(name => name.slice(1, -1))).toEqual(reads)
  })
})

describe('two environments of one account can both be bootstrapped', () => {
  const shared = config(
    [`permissionsBoundary: "${BOUNDARY}"`],
    [
      '  dev: { account: "111111111111", region: us-east-1 }',
      '  staging: { account: "111111111111", region: us-east-1 }',
      '  prod: { account: "333333333333", region: us-east-1 }'
    ]
  )

  it('the boundary is conditional on CreatePermissionsBoundary, and identical in both templates', () => {
    const [dev, staging] = ['dev', 'staging'].map(environment => typed(template(shared, environment)))
    for (const json of [dev, staging]) {
      expect(json.Parameters.CreatePermissionsBoundary).toMatchObject({
        AllowedValues: ['true', 'false'],
        Default: 'true'
      })
      expect(json.Resources.PermissionsBoundary.Condition).toBe('CreatePermissionsBoundary')
    }
    expect(staging.Resources.PermissionsBoundary).toEqual(dev.Resources.PermissionsBoundary)
    // It protects both deployers, and is what the evaluator reads for both environments' roles.
    const document = dev.Resources.PermissionsBoundary.Properties.PolicyDocument as { Statement: Statement[] }
    expect(document.Statement.find(found => found.Sid === 'ProtectRoleGate')?.Resource).toEqual(
      expect.arrayContaining([
        'arn:aws:iam::111111111111:role/lakerunner-dev-rolegate-deployer',
        'arn:aws:iam::111111111111:role/lakerunner-staging-rolegate-deployer'
      ])
    )
    expect(bootstrapBoundary(parse(shared), 'staging')?.document).toEqual(document)
  })

  it("the second environment's deploy command skips what the first one's stack creates", async () => {
    const root = tempProject({ 'rolegate.yml': shared })
    const [dev, staging, prod] = await runBootstrap({
      configPath: 'rolegate.yml',
      workspace: root,
      repository: REPOSITORY
    })
    const header = (yaml: string) => yaml.split('\n').filter(line => line.startsWith('#'))
    expect(header(dev.yaml)).toEqual([
      '# rolegate bootstrap: dev (account 111111111111)',
      '# aws cloudformation deploy --template-file bootstrap-dev.yml --stack-name lakerunner-rolegate-dev --capabilities CAPABILITY_NAMED_IAM'
    ])
    expect(header(staging.yaml)).toEqual([
      '# rolegate bootstrap: staging (account 111111111111)',
      '# environment dev shares the account: its stack creates the OIDC provider and the permissions boundary; deploy it first',
      '# aws cloudformation deploy --template-file bootstrap-staging.yml --stack-name lakerunner-rolegate-staging --capabilities CAPABILITY_NAMED_IAM --parameter-overrides CreateOidcProvider=false CreatePermissionsBoundary=false'
    ])
    expect(header(prod.yaml)[1]).not.toContain('--parameter-overrides')
  })
})

describe('cfn-lint accepts every template', () => {
  const lint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' })
  const run = lint.status === 0 ? it : it.skip

  run(
    'default, paths, a pathed boundary and deployer, a shared account',
    async () => {
      const root = tempProject({
        'rolegate.yml': config(
          [
            'permissionsBoundary: "arn:{partition}:iam::{account}:policy/platform/rolegate-boundary"',
            'path: app'
          ],
          [
            '  dev: { account: "111111111111", region: us-east-1, deployRole: "arn:aws:iam::111111111111:role/ci/deployer" }',
            '  staging: { account: "111111111111", region: us-east-1 }',
            '  prod: { account: "333333333333", region: us-east-1 }'
          ]
        )
      })
      const templates = await runBootstrap({
        configPath: 'rolegate.yml',
        workspace: root,
        repository: REPOSITORY
      })
      const files = templates.map(found => {
        const file = path.join(root, found.fileName)
        writeFileSync(file, found.yaml)
        return file
      })
      const checked = spawnSync('cfn-lint', files, { encoding: 'utf8' })
      expect({ status: checked.status, output: checked.stdout + checked.stderr }).toEqual({
        status: 0,
        output: ''
      })
    },
    120_000
  )
})
