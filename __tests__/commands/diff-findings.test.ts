/**
 * A diff raises a change's risk by the new findings about it: a role and a managed policy may share
 * a logical name, and a finding about one is not about the other.
 */
import { runDiff } from '../../src/commands/diff.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

const role = (actions: string) => `kind: Role
name: app
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole
policies:
  Data:
    Statement:
      - { Effect: Allow, Action: [${actions}], Resource: "arn:aws:s3:::demo-data/*" }
`

const policy = (statement: string) => `kind: ManagedPolicy
name: app
document:
  Statement:
    - { Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::demo-data/*" }
${statement}`

const ESCALATION = '    - { Effect: Allow, Action: iam:AttachRolePolicy, Resource: "*" }\n'

async function diffDev(base: Record<string, string>, head: Record<string, string>) {
  const ws = gitWorkspace(
    { 'rolegate.yml': BASIC_CONFIG, ...base },
    { 'rolegate.yml': BASIC_CONFIG, ...head }
  )
  try {
    const outcome = await runDiff({
      configPath: 'rolegate.yml',
      workspace: ws.dir,
      baseRef: ws.baseSha,
      environment: 'dev'
    })
    return { dev: outcome.changes.environments.dev, newFindings: outcome.newFindings }
  } finally {
    ws.remove()
  }
}

describe('diff: a role and a managed policy of the same name', () => {
  it("the policy's new escalation finding raises the policy, not the role (was: the role high risk too)", async () => {
    const { dev } = await diffDev(
      { 'iam/role.yml': role('s3:GetObject'), 'iam/policy.yml': policy('') },
      { 'iam/role.yml': role('s3:GetObject, s3:PutObject'), 'iam/policy.yml': policy(ESCALATION) }
    )
    const [app] = dev.roles
    const [shared] = dev.managedPolicies
    expect(app).toMatchObject({
      name: 'app',
      verdict: 'broadens',
      risk: 'low',
      reasons: ['allows 1 more action(s)']
    })
    expect(shared).toMatchObject({ name: 'app', verdict: 'broadens', risk: 'high' })
    expect(shared.reasons[0]).toMatch(/^privilege-escalation: managed policy app: privilege escalation/)
  })

  it('a new finding about the policy is new though the role is unchanged (was: taken as existing)', async () => {
    const { dev, newFindings } = await diffDev(
      { 'iam/role.yml': role('s3:GetObject'), 'iam/policy.yml': policy('') },
      { 'iam/role.yml': role('s3:GetObject'), 'iam/policy.yml': policy(ESCALATION) }
    )
    const escalation = newFindings.filter(finding => finding.rule === 'privilege-escalation')
    expect(escalation.map(finding => [finding.role, finding.kind])).toEqual([['app', 'managed policy']])
    expect(dev.roles[0]).toMatchObject({ change: 'unchanged', risk: 'none' })
    expect(dev.managedPolicies[0]).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(dev.managedPolicies[0].reasons[0]).toMatch(/^privilege-escalation: managed policy app:/)
  })
})

describe("diff: rolegate.yml's own findings", () => {
  const config = BASIC_CONFIG.replace('defaults:', 'defaults:\n  maxSessionDuration: 50000')

  async function diffWith(baseConfig: string, headConfig: string, head = role('s3:GetObject, s3:PutObject')) {
    const ws = gitWorkspace(
      { 'rolegate.yml': baseConfig, 'iam/role.yml': role('s3:GetObject') },
      { 'rolegate.yml': headConfig, 'iam/role.yml': head }
    )
    try {
      return await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: ws.baseSha })
    } finally {
      ws.remove()
    }
  }

  it('a default that was already out of range is not new, whether or not a role changes', async () => {
    for (const head of [role('s3:GetObject'), role('s3:GetObject, s3:PutObject')]) {
      const outcome = await diffWith(config, config, head)
      const duration = outcome.report.findings.filter(finding => finding.rule === 'session-duration')
      expect(duration.map(finding => [finding.file, finding.role, finding.introduced])).toEqual([
        ['rolegate.yml', undefined, false]
      ])
      expect(outcome.newFindings.filter(finding => finding.rule === 'session-duration')).toEqual([])
    }
  })

  it('a default the change puts out of range is new', async () => {
    const outcome = await diffWith(BASIC_CONFIG, config)
    expect(
      outcome.newFindings.filter(finding => finding.rule === 'session-duration').map(f => f.file)
    ).toEqual(['rolegate.yml'])
  })
})
