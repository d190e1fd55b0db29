import type { EnvironmentChange, RoleChange } from '../../src/compare/model.js'
import type { PlanReport } from '../../src/report/plan-report.js'
import { renderPlanText } from '../../src/report/plan-text.js'

const plan: PlanReport = {
  environment: 'dev',
  account: '111111111111',
  callerArn: 'arn:aws:iam::111111111111:user/admin',
  operations: [{ kind: 'update-role-policy', description: 'app: put inline policy <b>read</b>' }],
  conflicts: [],
  orphans: ['old-role'],
  drift: [
    {
      resource: 'role app',
      kind: 'changed-outside',
      verdict: 'broadens',
      reasons: ['attached AdministratorAccess\nsecond line']
    }
  ]
}

const role = {
  name: 'app',
  physicalName: 'demo-app',
  change: 'modified',
  verdict: 'broadens',
  risk: 'low',
  reasons: ['allows s3:PutObject on *']
} as unknown as RoleChange
const change = { environment: 'dev', roles: [role] } as unknown as EnvironmentChange

describe('renderPlanText', () => {
  it('a terminal plan: plain lines, no Markdown or HTML, every fact of the Markdown plan', () => {
    const text = renderPlanText(plan, change, 'drift')
    expect(text.split('\n')).toEqual([
      'drift dev (account 111111111111)',
      '',
      'Drift (1)',
      '  ~ role app: changed outside RoleGate: live allows more than the definitions',
      '      attached AdministratorAccess ⏎ second line',
      '',
      'Operations (1)',
      '  update-role-policy  app: put inline policy <b>read</b>',
      '',
      'Owned by this repository but no longer defined (deleted only with --prune): old-role',
      '',
      'Access changes (live -> definitions)',
      '  ~ app (demo-app): broadens',
      '      allows s3:PutObject on *',
      ''
    ])
    expect(text).not.toMatch(/<details>|<summary>|^#+ |\*\*/m)
  })

  it('an empty plan says there is nothing to do', () => {
    const text = renderPlanText({ ...plan, operations: [], orphans: [], drift: [] }, undefined, 'plan')
    expect(text).toContain('Live IAM matches the definitions: nothing to do.')
  })
})
