/**
 * `expect:` on a role (issue 15 item 3): the schema, rendering into RoleState.expect per
 * environment, and proof that assertions are intent, not permissions: compare and plan ignore them.
 */
import { compareStates } from '../../src/compare/compare.js'
import { planEnvironment } from '../../src/plan/plan.js'
import { BASIC_CONFIG } from '../support/temp-project.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const POLICIES = `policies:
  S3:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::{project}-{environment}-data/*"
`

function role(expect: string): string {
  return `kind: Role\nname: app\n${ECS_TRUST}${POLICIES}expect:\n${expect}`
}

/** The 1-based line of the first line of `text` that contains `marker`. */
function lineOf(text: string, marker: string): number {
  return text.split('\n').findIndex(line => line.includes(marker)) + 1
}

describe('expect: rendering', () => {
  const text = role(`  - allow: s3:GetObject
    resource: "arn:{partition}:s3:::{project}-{environment}-data/x"
  - deny: [s3:DeleteObject, "iam:*"]
    resource: ["*", "arn:aws:s3:::{project}-{environment}-data"]
    context: { "aws:SourceVpc": ["vpc-{environment}", vpc-shared], "aws:MultiFactorAuthPresent": true }
    environments: [prod]
`)

  it('renders variables in resources and context values per environment, and keeps index and line', () => {
    const { state, findings } = renderProject({ 'iam/app.yml': text })
    expect(findings.filter(finding => finding.severity === 'error')).toEqual([])
    const dev = state.environments.dev.roles[0].expect
    const prod = state.environments.prod.roles[0].expect
    expect(dev).toEqual([
      {
        expect: 'allow',
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::demo-dev-data/x'],
        context: [],
        index: 0,
        location: expect.objectContaining({
          file: 'iam/app.yml',
          line: lineOf(text, '- allow: s3:GetObject')
        }),
        resourceLocations: [
          expect.objectContaining({ file: 'iam/app.yml', line: lineOf(text, 'resource: "arn:{partition}') })
        ]
      }
    ])
    expect(prod?.[1]).toEqual({
      expect: 'deny',
      actions: ['s3:DeleteObject', 'iam:*'],
      resources: ['*', 'arn:aws:s3:::demo-prod-data'],
      context: [
        ['aws:SourceVpc', ['vpc-prod', 'vpc-shared']],
        ['aws:MultiFactorAuthPresent', ['true']]
      ],
      index: 1,
      location: expect.objectContaining({
        file: 'iam/app.yml',
        line: lineOf(text, '- deny: [s3:DeleteObject')
      }),
      // Each item of a flow list at its own column.
      resourceLocations: [
        expect.objectContaining({ line: lineOf(text, 'resource: ["*"'), column: 16 }),
        expect.objectContaining({ line: lineOf(text, 'resource: ["*"'), column: 21 })
      ]
    })
  })

  it('a role without expect: has no expect in its state', () => {
    const { state } = renderProject({ 'iam/app.yml': `kind: Role\nname: app\n${ECS_TRUST}${POLICIES}` })
    expect(state.environments.dev.roles[0]).not.toHaveProperty('expect')
  })

  it('an unknown {variable} or environment in an entry is reported at its line', () => {
    const bad = role(`  - allow: s3:GetObject
    resource: "arn:aws:s3:::{bucket}/x"
  - allow: s3:GetObject
    resource: "*"
    environments: [prd]
`)
    const { findings } = renderProject({ 'iam/app.yml': bad })
    expect(findings.map(finding => [finding.rule, finding.line])).toEqual(
      expect.arrayContaining([
        ['unknown-variable', lineOf(bad, '{bucket}')],
        ['unknown-reference', lineOf(bad, '[prd]')]
      ])
    )
    expect(findings.find(finding => finding.rule === 'unknown-reference')?.message).toContain(
      'environment "prd" is not defined in rolegate.yml (did you mean "prod"?)'
    )
  })

  it('an entry for an environment the role is not deployed to is an error: it would never be checked', () => {
    const devOnly = `${role(`  - allow: s3:GetObject
    resource: "*"
    environments: [prod]
`)}environments: [dev]
`
    const { findings } = renderProject({ 'iam/app.yml': devOnly })
    expect(findings.filter(finding => finding.severity === 'error')).toEqual([
      expect.objectContaining({
        rule: 'unknown-reference',
        line: lineOf(devOnly, '[prod]'),
        message:
          'the assertion names environment "prod", where this role is not deployed (its environments: dev), so it is never checked; remove "prod" from the assertion\'s environments, or add it to the role\'s'
      })
    ])
  })
})

describe('expect: schema', () => {
  const entry = lineOf(role(''), 'expect:') + 1
  const errors = (expect: string) =>
    renderProject({ 'iam/app.yml': role(expect) })
      .findings.filter(finding => finding.rule === 'schema')
      .map(finding => `${finding.line}: ${finding.message}`)

  it('needs exactly one of allow and deny', () => {
    expect(errors(`  - resource: "*"\n`)).toEqual([
      expect.stringMatching(
        new RegExp(`^${entry}: .*an assertion needs allow: or deny: with the action\\(s\\) to check`)
      )
    ])
    expect(errors(`  - allow: s3:GetObject\n    deny: s3:PutObject\n    resource: "*"\n`)).toEqual([
      expect.stringMatching(new RegExp(`^${entry + 1}: .*an assertion has either allow: or deny:, not both`))
    ])
  })

  it('needs a resource, actions as service:Action, and no unknown keys', () => {
    expect(errors(`  - allow: s3:GetObject\n`).join('\n')).toMatch(/resource/)
    expect(errors(`  - allow: GetObject\n    resource: "*"\n`).join('\n')).toContain(
      'write an IAM action as service:Action, e.g. s3:GetObject'
    )
    expect(errors(`  - allow: s3:GetObject\n    resources: "*"\n`).join('\n')).toMatch(/resources/)
  })
})

describe('expect: is intent, not permissions', () => {
  const before = role(`  - allow: s3:GetObject\n    resource: "arn:aws:s3:::demo-{environment}-data/x"\n`)
  const after = role(`  - deny: s3:GetObject\n    resource: "arn:aws:s3:::demo-{environment}-data/x"\n`)

  it('a change to assertions only is no change of the role: nothing to compare, nothing to deploy', () => {
    const base = renderProject({ 'iam/app.yml': before }, BASIC_CONFIG).state
    const head = renderProject({ 'iam/app.yml': after }, BASIC_CONFIG).state
    expect(head.environments.dev.roles[0].expect?.[0].expect).toBe('deny')
    const changes = compareStates(base, head)
    expect(changes.environments.dev.roles[0]).toMatchObject({ change: 'unchanged', verdict: 'unchanged' })
    const plan = planEnvironment(changes.environments.dev, {
      account: '111111111111',
      managedBy: 'acme/infra',
      prune: false
    })
    expect(plan.operations).toEqual([])
  })
})
