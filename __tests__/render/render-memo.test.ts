/**
 * A diff renders its base with the head's RenderMemo: an unchanged definition in an unchanged
 * context is the head's rendering (same objects, same findings and grants); anything its rendering
 * reads that changed makes it render again.
 */
import { loadConfig, loadDefinitions } from '../../src/definitions/load.js'
import { render, RenderMemo } from '../../src/render/render.js'
import { BASIC_CONFIG } from '../support/temp-project.js'
import { ECS_TRUST, RENDER_NOW } from '../support/render-project.js'

const ROLE = `kind: Role
name: task-role
${ECS_TRUST}policies:
  S3Access:
    document:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Action: [s3:GetObject]
          Resource: "arn:aws:s3:::{project}-{environment}-{nope}/*"
    expires: "2026-07-01"
    reason: migration
managedPolicies: [shared]
`
const POLICY = (action: string) => `kind: ManagedPolicy
name: shared
document:
  Version: "2012-10-17"
  Statement:
    - { Effect: Allow, Action: "${action}", Resource: "*" }
`

function setup(configText = BASIC_CONFIG) {
  const config = loadConfig({ path: 'rolegate.yml', text: configText }).config!
  const files = loadDefinitions([
    { path: 'iam/role.yml', text: ROLE },
    { path: 'iam/policy.yml', text: POLICY('logs:PutLogEvents') }
  ])
  return { config, files }
}

describe('RenderMemo', () => {
  it('gives an unchanged definition the same rendering, findings and grants, without rendering it again', () => {
    const { config, files } = setup()
    const memo = new RenderMemo()
    const options = { managedBy: 'acme/infra', now: RENDER_NOW, memo }
    const head = render(config, files.definitions, options)
    const again = render(config, files.definitions, options)
    const plain = render(config, files.definitions, { managedBy: 'acme/infra', now: RENDER_NOW })
    for (const environment of Object.keys(config.environments)) {
      const [role] = again.state.environments[environment].roles
      expect(role).toBe(head.state.environments[environment].roles[0])
      expect(again.state.environments[environment]).toEqual(plain.state.environments[environment])
    }
    // The unknown variable {nope} is reported once per environment on each side, as without the memo.
    expect(again.findings).toEqual(plain.findings)
    expect(again.findings.filter(finding => finding.rule === 'unknown-variable').length).toBeGreaterThan(0)
  })

  it('renders again when the config, its layout, the owner, the clock or a managed policy name changes', () => {
    const { config, files } = setup()
    const memo = new RenderMemo()
    const base = { managedBy: 'acme/infra', now: RENDER_NOW, memo }
    const first = render(config, files.definitions, base).state.environments
    const roleIn = (state: typeof first) => Object.values(state).map(environment => environment.roles[0])
    const renamed = loadDefinitions([
      { path: 'iam/role.yml', text: ROLE },
      {
        path: 'iam/policy.yml',
        text: POLICY('logs:PutLogEvents').replace('name: shared', 'name: shared\npolicyName: other')
      }
    ])
    const changed = [
      render(setup(BASIC_CONFIG.replace('project: ', 'project: x')).config, files.definitions, base),
      // The same values written two lines lower: findings about config defaults point elsewhere.
      render(setup(`# a comment\n\n${BASIC_CONFIG}`).config, files.definitions, base),
      render(config, files.definitions, { ...base, managedBy: 'acme/other' }),
      render(config, files.definitions, { ...base, now: new Date('2026-08-01T00:00:00Z') }),
      // The same role definition object; the managed policy it attaches now has another ARN.
      render(config, [files.definitions[0], renamed.definitions[1]], base)
    ]
    for (const result of changed) {
      for (const role of roleIn(result.state.environments)) expect(roleIn(first)).not.toContain(role)
    }
  })
})
