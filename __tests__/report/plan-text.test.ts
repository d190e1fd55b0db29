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
      '  ~ role app: changed outside RoleGate, or not deployed yet: live allows more than the definitions',
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

  it("lists a role whose access changes through a managed policy it keeps, though the role is 'unchanged'", () => {
    // Only the policy's version operations are planned; its roles' access changes all the same.
    const through = {
      ...role,
      change: 'unchanged',
      reasons: ['allows 43 more action(s)']
    } as unknown as RoleChange
    const text = renderPlanText(
      { ...plan, drift: [] },
      { environment: 'dev', roles: [through] } as unknown as EnvironmentChange,
      'plan'
    )
    expect(text).toContain(
      'Access changes (live -> definitions)\n  ~ app (demo-app): broadens\n      allows 43 more action(s)'
    )
  })

  it('says live IAM matches only when nothing is pending: not with conflicts, orphans or drift', () => {
    const empty = { ...plan, operations: [], orphans: [], drift: [] }
    const conflict = {
      kind: 'not-owned' as const,
      resource: 'role legacy',
      reason: 'it exists but RoleGate did not create it'
    }
    expect(renderPlanText({ ...empty, conflicts: [conflict] }, undefined, 'deploy')).toContain(
      'No operation: nothing is applied until the conflicts above are resolved.'
    )
    for (const pending of [{ orphans: ['role old'] }, { drift: plan.drift }]) {
      const text = renderPlanText({ ...empty, ...pending }, undefined, 'drift')
      expect(text).not.toContain('matches')
      expect(text).toContain('No operation to apply without prune (see above).')
    }
  })

  it('a conflict in drift is said as what it is: only an ownership conflict says RoleGate does not own it', () => {
    const drift: PlanReport['drift'] = [
      {
        resource: 'permissions boundary arn:aws:iam::111111111111:policy/boundary',
        kind: 'conflict',
        conflict: 'missing-dependency',
        reasons: ['it is the permissions boundary of role demo-app, but it does not exist']
      },
      { resource: 'IAM quota "Roles per account"', kind: 'conflict', conflict: 'quota', reasons: [] },
      {
        resource: 'role demo-legacy',
        kind: 'not-owned',
        conflict: 'not-owned',
        reasons: ['it exists but RoleGate did not create it']
      },
      {
        resource: 'role demo-web',
        kind: 'changed-outside',
        conflict: 'path-change',
        verdict: 'neutral',
        reasons: ['IAM cannot move a role from path / to /team/']
      }
    ]
    const text = renderPlanText({ ...plan, operations: [], orphans: [], drift }, undefined, 'drift')
    expect(text.split('\n').filter(line => line.startsWith('  ~ '))).toEqual([
      '  ~ permissions boundary arn:aws:iam::111111111111:policy/boundary: does not exist in the account, and the definitions need it',
      '  ~ IAM quota "Roles per account": the plan would exceed this account quota',
      '  ~ role demo-legacy: exists with a defined name but RoleGate does not own it',
      '  ~ role demo-web: changed outside RoleGate, or not deployed yet'
    ])
    expect(text).toContain('      IAM cannot move a role from path / to /team/')
  })

  it('after a refusal it does not promise that a re-run converges', () => {
    const failed = {
      operation: 'create instance profile demo-batch',
      error: 'it has no tag',
      refused: true as const
    }
    const text = renderPlanText({ ...plan, applied: ['x'], failed }, undefined, 'deploy')
    expect(text).not.toContain('converges')
    expect(text).toContain('a re-run fails the same way')
    expect(
      renderPlanText({ ...plan, applied: [], failed: { ...failed, refused: undefined } }, undefined, 'deploy')
    ).toContain('Re-run the deploy: every step is idempotent and it converges.')
  })

  it.each([
    ['denied', /may not do this: a re-run fails the same way until the deployer role's permissions allow it/],
    ['rejected', /IAM rejected the request as written: a re-run fails the same way/],
    ['lost', /IAM may have applied it or not\. Re-run the deploy: it reads live IAM again/]
  ] as const)('after a %s call it says what a re-run does', (cause, advice) => {
    const failed = { operation: 'attach x to demo-app', error: 'AccessDenied: explicit deny', cause }
    const text = renderPlanText({ ...plan, applied: [], failed }, undefined, 'deploy')
    expect(text).toMatch(advice)
    if (cause !== 'lost') expect(text).not.toContain('converges')
  })

  it('with prune, orphans are not said to need prune', () => {
    const text = renderPlanText({ ...plan, prune: true }, undefined, 'plan')
    expect(text).toContain(
      'Owned by this repository but no longer defined (pruned by the operations above, unless a conflict stops it): old-role'
    )
    expect(text).not.toContain('deleted only with --prune')
  })

  it('an empty plan says there is nothing to do', () => {
    const text = renderPlanText({ ...plan, operations: [], orphans: [], drift: [] }, undefined, 'plan')
    expect(text).toContain('Live IAM matches the definitions: nothing to do.')
  })
})
